namespace DutchTechZone.Etl.Cbs;

/// <summary>Maps rows of the metadata sets (TableInfos, DataProperties, code lists) to records.</summary>
internal static class CbsMetadataReader
{
    public static CbsTableInfo TableInfo(CbsRow row, string tableId, Uri url)
    {
        var modifiedText = row.GetString("Modified");
        if (!CbsAmsterdamTime.TryParse(modifiedText, out var modified))
        {
            throw new CbsException(tableId, url, $"TableInfos heeft geen leesbare Modified ('{modifiedText}')");
        }

        DateTimeOffset? metaDataModified = CbsAmsterdamTime.TryParse(row.GetString("MetaDataModified"), out var m) ? m : null;
        return new CbsTableInfo(
            row.GetString("Identifier")?.Trim() ?? tableId,
            row.GetString("Title") ?? string.Empty,
            modified,
            metaDataModified,
            row.GetString("Frequency"),
            row.GetInt64("RecordCount"));
    }

    public static CbsDataProperty DataProperty(CbsRow row, string tableId, Uri url)
    {
        var id = Int32(row, "ID") ?? throw new CbsException(tableId, url, $"een rij van DataProperties heeft geen ID: {row}");
        return new CbsDataProperty(
            id,
            Int32(row, "Position"),
            Int32(row, "ParentID"),
            row.GetString("Type") ?? string.Empty,
            row.GetString("Key") ?? string.Empty,
            row.GetString("Title") ?? string.Empty,
            row.GetString("Unit"),
            Int32(row, "Decimals"),
            row.GetString("Datatype"));
    }

    public static CbsCode Code(CbsRow row, string tableId, Uri url)
    {
        var raw = row.GetString("Key") ?? throw new CbsException(tableId, url, $"een rij van een codelijst heeft geen Key: {row}");
        return new CbsCode(raw.Trim(), raw, row.GetString("Title") ?? string.Empty, row.GetString("Description"), row.GetString("Status"));
    }

    private static int? Int32(CbsRow row, string key) => row.GetInt64(key) is { } value ? checked((int)value) : null;
}
