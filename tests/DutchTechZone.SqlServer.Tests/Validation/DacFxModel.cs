using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;

namespace DutchTechZone.SqlServer.Tests.Validation;

/// <summary>One object script for a model: where it came from (shown in messages) and its T-SQL.</summary>
public sealed record ModelScript(string Source, string Sql);

/// <summary>Builds a DacFx model for SQL Server 2022 from declarative scripts and validates it.</summary>
public static class DacFxModel
{
    /// <summary>The messages of building and validating a model from <paramref name="scripts"/>.</summary>
    /// <remarks>
    /// A syntax error makes <c>AddOrUpdateObjects</c> throw <see cref="DacModelException"/> instead of reporting it;
    /// it is caught and reported as an error here. After one such failure the model is unusable ("build blocking
    /// errors"), so building stops there.
    /// </remarks>
    public static IReadOnlyList<ModelMessage> Validate(IEnumerable<ModelScript> scripts)
    {
        using var model = Build(scripts, out var buildErrors);
        return model is null ? buildErrors : model.Validate().Select(ModelMessage.From).ToList();
    }

    /// <summary>A model of <paramref name="scripts"/>, or null with the errors that stopped the build.</summary>
    public static TSqlModel? Build(IEnumerable<ModelScript> scripts, out IReadOnlyList<ModelMessage> buildErrors)
    {
        var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var script in scripts)
        {
            try
            {
                model.AddOrUpdateObjects(script.Sql, script.Source, new TSqlObjectOptions());
            }
            catch (DacModelException ex)
            {
                model.Dispose();
                var errors = new List<ModelMessage> { new(true, $"{script.Source}: {ex.Message}", Blocking: true) };
                errors.AddRange(ex.Messages.Select(m => ModelMessage.From(m) with { Text = $"{script.Source}: {ModelMessage.From(m).Text}", Blocking = true }));
                buildErrors = errors;
                return null;
            }
        }

        buildErrors = [];
        return model;
    }
}

/// <summary>A DacFx message: error or not, "Error SQL71501: …", and whether it stopped the model from being built.</summary>
public sealed record ModelMessage(bool IsError, string Text, bool Blocking = false)
{
    /// <summary>True when the message is about the element <c>[dbo].[<paramref name="name"/>]</c> (or one of its parts).</summary>
    public bool Concerns(string name) => Text.Contains($"[{name}]", StringComparison.OrdinalIgnoreCase);

    public static ModelMessage From(DacModelMessage m) =>
        new(m.MessageType == DacMessageType.Error, $"{m.MessageType} {m.Prefix}{m.Number}: {m.Message}");

    public override string ToString() => Text;
}
