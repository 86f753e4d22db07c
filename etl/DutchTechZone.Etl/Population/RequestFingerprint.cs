using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DutchTechZone.Etl.Population;

/// <summary>
/// A fingerprint of what a population pull asks CBS for (table, topics, regions, first year). An unchanged CBS
/// table is skipped only when the request is unchanged too: adding a municipality or an earlier year pulls again.
/// </summary>
public static class RequestFingerprint
{
    public static string Of(PopulationTable table, IReadOnlyList<Regions.Municipality> municipalities, int fromYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(municipalities);
        var text = string.Join("|",
            table.TableId,
            table.PeriodType,
            string.Join(",", table.Topics.Select(t => t.KeyStem).Order(StringComparer.Ordinal)),
            string.Join(",", municipalities.Select(m => m.CbsCode.ToUpperInvariant()).Order(StringComparer.Ordinal)),
            fromYear.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
