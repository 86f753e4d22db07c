using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Host.Composition;

namespace DutchTechZone.Host.Cli;

/// <summary>The <c>--year</c> of <c>budget</c> and <c>explain budget</c>: a year the warehouse's calendar holds.</summary>
internal static class BudgetYearOption
{
    public static int Checked(int year) =>
        year < WarehouseLimits.FirstDate.Year || year > WarehouseLimits.LastDate.Year
            ? throw new DtzConfigurationException(
                $"--year {year} valt buiten de jaren die het warehouse kent ({WarehouseLimits.FirstDate.Year}–{WarehouseLimits.LastDate.Year}).")
            : year;
}
