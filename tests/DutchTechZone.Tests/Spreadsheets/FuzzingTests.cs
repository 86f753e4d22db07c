using System.Globalization;
using System.Text;
using CsCheck;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>
/// Issue #8 §5, property-based (CsCheck): the Dutch amount and date parsers and the CSV/xlsx readers give a value or
/// a located error for any input, never an exception; formatted values parse back exactly.
/// </summary>
public sealed class FuzzingTests
{
    private static readonly Gen<string> DutchishText =
        Gen.String[Gen.Char["0123456789.,-€ \u00A0\u2212+eE١٢٣٤٥٦٧٨٩٠０１２"], 0, 24];

    private static readonly Gen<string> AnyText = Gen.OneOf(Gen.String, DutchishText, Gen.String[Gen.Char, 0, 40]);

    [Fact]
    public void TheAmountParserNeverThrows() =>
        AnyText.Sample(text =>
        {
            _ = DutchNumberParser.TryParse(text, allowEuroSign: true, out _);
            _ = DutchNumberParser.TryParse(text, allowEuroSign: false, out _);
        }, iter: 20_000);

    [Fact]
    public void TheDateParserNeverThrows() =>
        Gen.OneOf(AnyText, Gen.String[Gen.Char["0123456789-١٢٣٠٩"], 0, 14]).Sample(text =>
        {
            try
            {
                _ = DutchDateParser.TryParse(text, out _);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"'{text}' threw {e.GetType().Name}: {e.Message}");
            }
        }, iter: 20_000);

    [Fact]
    public void UnicodeDigitsAreNotDigits()
    {
        Assert.False(DutchDateParser.TryParse("١٢-٣-٢٠٢٦", out _));
        Assert.False(DutchNumberParser.TryParse("١٢٣", allowEuroSign: true, out _));
    }

    [Fact]
    public void AFormattedAmountParsesBackExactly() =>
        Gen.Long[-99_999_999_999_99L, 99_999_999_999_99L].Sample(cents =>
        {
            var amount = cents / 100m;
            var text = DutchFormat.Euro(amount);
            Assert.True(DutchNumberParser.TryParse(text, allowEuroSign: true, out var parsed), text);
            Assert.Equal(amount, parsed);
            var plain = amount.ToString("0.##", new NumberFormatInfo { NumberDecimalSeparator = ",", NegativeSign = "-" });
            Assert.True(DutchNumberParser.TryParse(plain, allowEuroSign: false, out var parsedPlain), plain);
            Assert.Equal(amount, parsedPlain);
        }, iter: 20_000);

    [Fact]
    public void AFormattedDateParsesBackExactly() =>
        Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber).Where(d => d.Year >= 1900).Sample(date =>
        {
            Assert.True(DutchDateParser.TryParse(DutchFormat.Date(date), out var parsed));
            Assert.Equal(date, parsed);
            Assert.True(DutchDateParser.TryParse(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var iso));
            Assert.Equal(date, iso);
        }, iter: 20_000);

    [Fact]
    public void TheCsvReaderGivesRowsOrLocatedErrorsForAnyText()
    {
        var header = "Datum;Partner;Thema;Activiteit;Omschrijving;Kenmerk;Status;Bedrag";
        var cell = Gen.OneOf(Gen.String[Gen.Char["\";,\r\n=+-@ a1.€"], 0, 8], Gen.Const("12-2-2026"), Gen.Const("Gemeente Emmen"), Gen.Const("1.234,56"));
        var line = cell.Array[0, 10].Select(cells => string.Join(';', cells));
        var file = line.Array[0, 12].Select(lines => header + "\r\n" + string.Join("\r\n", lines));
        var reader = new SpreadsheetReader(PartnerMunicipalities.Default);
        file.Sample(text =>
        {
            var result = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "Realisatie_fuzz.csv");
            AssertLocated(result);
        }, iter: 2_000);
    }

    [Fact]
    public void TheCsvReaderNeverThrowsOnAnyBytes()
    {
        var reader = new SpreadsheetReader(PartnerMunicipalities.Default);
        Gen.Byte.Array[0, 300].Sample(bytes => AssertLocated(reader.Read(new MemoryStream(bytes), "Middelen_bytes.csv")), iter: 3_000);
    }

    [Fact]
    public void TheXlsxReaderNeverThrowsOnADamagedWorkbook()
    {
        using var temp = new TempFolder();
        var good = File.ReadAllBytes(new TestWorkbook().Sheet("Middelen",
            ["Jaar", "Financieringsbron", "Gemeente", "Bedrag", "Toelichting"],
            [2026, "Overgebleven middelen", null, 45870, null]).Save(temp.File("goed.xlsx")));
        var reader = new SpreadsheetReader(PartnerMunicipalities.Default);
        Gen.Select(Gen.Int[0, good.Length - 1].Array[1, 8], Gen.Byte.Array[8]).Sample((positions, values) =>
        {
            var damaged = (byte[])good.Clone();
            for (var i = 0; i < positions.Length; i++)
            {
                damaged[positions[i]] = values[i];
            }

            AssertLocated(reader.Read(new MemoryStream(damaged), "Middelen_kapot.xlsx"));
        }, iter: 500);
    }

    private static void AssertLocated(WorkbookReadResult result)
    {
        Assert.All(result.Errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.True(e.Row is null or >= 1, $"row {e.Row}");
            Assert.True(e.Value is null || e.Value.Length <= 200);
        });
    }
}
