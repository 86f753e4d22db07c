namespace DutchTechZone.Host.Serve.Scheduling;

/// <summary>The ids of the recurring jobs, as the dashboard and the status page show them.</summary>
public static class RecurringJobIds
{
    public const string CbsImport = "cbs-import";
    public const string DropFolderScan = "drop-folder-scan";
    public const string BudgetRecompute = "budget-recompute";
}
