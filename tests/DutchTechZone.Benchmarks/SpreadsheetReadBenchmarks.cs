using System.Text;
using BenchmarkDotNet.Attributes;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Benchmarks;

/// <summary>
/// Reading a partner Realisatie file with <see cref="SpreadsheetReader"/>: the same rows as an .xlsx (written once
/// with the OpenXml SAX writer, shared strings, date cells) and as a <c>;</c> CSV in Dutch notation.
/// </summary>
[MemoryDiagnoser]
public class SpreadsheetReadBenchmarks
{
    private readonly SpreadsheetReader _reader = new(PartnerMunicipalities.Default);
    private string _folder = "";
    private string _xlsx = "";
    private string _csv = "";

    /// <summary>Data rows in the file (below the header).</summary>
    [Params(10_000, 50_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _folder = Directory.CreateTempSubdirectory("dtz-bench-").FullName;
        _xlsx = Path.Combine(_folder, "Realisatie_bench.xlsx");
        _csv = Path.Combine(_folder, "Realisatie_bench.csv");
        var rows = Enumerable.Range(0, Rows).Select(RealisatieFile.Row).ToList();
        RealisatieFile.WriteXlsx(_xlsx, rows);
        File.WriteAllText(_csv, RealisatieFile.Csv(rows), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        // Sanity check (not a timing): both files are valid and give every row.
        Check(_xlsx);
        Check(_csv);
    }

    [GlobalCleanup]
    public void GlobalCleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reads the .xlsx; returns the number of Realisatie rows.</summary>
    [Benchmark(Baseline = true, Description = "Read .xlsx")]
    public int ReadXlsx() => _reader.Read(_xlsx).RowsOf<RealisatieRow>().Count;

    /// <summary>Reads the <c>;</c> CSV; returns the number of Realisatie rows.</summary>
    [Benchmark(Description = "Read ;-CSV")]
    public int ReadCsv() => _reader.Read(_csv).RowsOf<RealisatieRow>().Count;

    private void Check(string path)
    {
        var result = _reader.Read(path);
        var count = result.RowsOf<RealisatieRow>().Count;
        if (!result.IsValid || count != Rows)
        {
            var first = result.Errors.Count > 0 ? result.Errors[0].ToString() : "no errors";
            throw new InvalidOperationException($"{Path.GetFileName(path)}: {count} of {Rows} rows read, {result.Errors.Count} error(s); first: {first}");
        }
    }
}
