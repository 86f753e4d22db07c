using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>Shared reader and assertions for the spreadsheet tests.</summary>
internal static class SpreadsheetAssert
{
    public static SpreadsheetReader Reader(SpreadsheetLimits? limits = null) => new(PartnerMunicipalities.Default, limits);

    public static void Valid(WorkbookReadResult result) =>
        Assert.True(result.IsValid, "Verwacht geen fouten, maar: " + string.Join(" | ", result.Errors));

    /// <summary>Asserts exactly one error at the given place and returns it.</summary>
    public static SpreadsheetError SingleError(WorkbookReadResult result, string? sheet, int? row, string? column)
    {
        var matches = result.Errors.Where(e => e.Sheet == sheet && e.Row == row && e.Column == column).ToList();
        Assert.True(matches.Count == 1,
            $"Verwacht één fout op {sheet}/{row}/{column}, gevonden: " + string.Join(" | ", result.Errors));
        return matches[0];
    }

    public static SpreadsheetError FileError(WorkbookReadResult result)
    {
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Null(error.Sheet);
        Assert.Empty(result.Sheets);
        return error;
    }
}
