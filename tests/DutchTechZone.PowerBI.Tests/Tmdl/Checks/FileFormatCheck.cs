using System.Text;

namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>
/// Files as Power BI Desktop writes them: UTF-8 without a byte-order mark and CRLF line ends
/// (learn.microsoft.com/power-bi/developer/projects/projects-overview, "Desktop uses CRLF" / "UTF-8 without BOM").
/// </summary>
public sealed class FileFormatCheck : ITmdlCheck
{
    public IEnumerable<TmdlIssue> Check(TmdlFolder folder) => folder.Bytes.SelectMany(f => Check(f.Key, f.Value));

    public static IEnumerable<TmdlIssue> Check(string file, byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            yield return new(file, 0, "starts with a UTF-8 byte-order mark; Desktop writes UTF-8 without BOM");
        }

        string? problem = null;
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problem = "is not valid UTF-8";
        }

        if (problem is not null)
        {
            yield return new(file, 0, problem);
        }

        var line = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n')
            {
                continue;
            }

            if (i == 0 || bytes[i - 1] != (byte)'\r')
            {
                yield return new(file, line, "ends with LF only; Desktop writes CRLF line ends");
                yield break;
            }

            line++;
        }
    }
}
