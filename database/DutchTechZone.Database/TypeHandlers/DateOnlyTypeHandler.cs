using System.Data;
using System.Globalization;
using Dapper;

namespace DutchTechZone.Database.TypeHandlers;

/// <summary>Reads dates whether the provider hands back <see cref="DateTime"/>, <see cref="DateOnly"/> or SQLite's text.</summary>
internal sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new DataException($"Cannot read a date from {value.GetType().Name}."),
    };
}
