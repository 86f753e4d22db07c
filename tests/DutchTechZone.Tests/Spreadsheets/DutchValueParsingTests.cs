using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Tests.Spreadsheets;

public sealed class DutchValueParsingTests
{
    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("€ 1.234", "1234")]
    [InlineData("€1.234", "1234")]
    [InlineData("-1.234,50", "-1234.50")]
    [InlineData("€-45.870", "-45870")]
    [InlineData("- € 45.870", "-45870")]
    [InlineData("1234", "1234")]
    [InlineData("1234,5", "1234.5")]
    [InlineData(" 307.266 ", "307266")]
    [InlineData("1.000.000,01", "1000000.01")]
    [InlineData("0,05", "0.05")]
    public void Dutch_amount_text_is_parsed_exactly(string text, string expected)
    {
        Assert.True(DutchNumberParser.TryParse(text, allowEuroSign: true, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,234.56")]
    [InlineData("1.234.5")]
    [InlineData("12,345,678")]
    [InlineData("abc")]
    [InlineData("1.23")]
    [InlineData("1 234")]
    [InlineData("12e3")]
    [InlineData("€")]
    [InlineData("--5")]
    [InlineData("1234,")]
    [InlineData("")]
    public void Ambiguous_or_non_Dutch_amount_text_is_refused(string text)
    {
        Assert.False(DutchNumberParser.TryParse(text, allowEuroSign: true, out _));
    }

    [Theory]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(1234.56, "1234.56")]
    [InlineData(307266.0, "307266")]
    [InlineData(-45870.5, "-45870.5")]
    [InlineData(12.345, "12.345")]
    public void Numeric_cells_convert_to_decimal_through_their_round_trip_text(double number, string expected)
    {
        Assert.True(ExcelNumbers.TryToDecimal(number, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData(1.0, 1900, 1, 1)]
    [InlineData(59.0, 1900, 2, 28)]
    [InlineData(61.0, 1900, 3, 1)]
    [InlineData(45930.0, 2025, 9, 30)]
    [InlineData(45930.75, 2025, 9, 30)]
    public void Excel_serial_numbers_become_dates_in_the_1900_system(double serial, int y, int m, int d)
    {
        Assert.True(ExcelNumbers.TrySerialToDate(serial, date1904: false, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Fact]
    public void The_1904_date_system_and_impossible_serials_are_handled()
    {
        Assert.True(ExcelNumbers.TrySerialToDate(44468, date1904: true, out var date));
        Assert.Equal(new DateOnly(2025, 9, 30), date);
        Assert.False(ExcelNumbers.TrySerialToDate(60, date1904: false, out _));
        Assert.False(ExcelNumbers.TrySerialToDate(0, date1904: false, out _));
        Assert.False(ExcelNumbers.TrySerialToDate(3e6, date1904: false, out _));
    }

    [Theory]
    [InlineData("30-9-2025")]
    [InlineData("30-09-2025")]
    [InlineData("2025-09-30")]
    [InlineData(" 30-9-2025 ")]
    public void Dutch_date_text_is_parsed(string text)
    {
        Assert.True(DutchDateParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2025, 9, 30), date);
    }

    [Theory]
    [InlineData("31-2-2025")]
    [InlineData("29-2-2025")]
    [InlineData("30-13-2025")]
    [InlineData("9/30/2025")]
    [InlineData("2025-9-30")]
    [InlineData("30-9-25")]
    [InlineData("gisteren")]
    public void Impossible_or_foreign_dates_are_refused(string text)
    {
        Assert.False(DutchDateParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2026", "2026", "2026-01-01", "2026-12-31")]
    [InlineData("2026-03", "2026-03", "2026-03-01", "2026-03-31")]
    [InlineData("2026-3", "2026-03", "2026-03-01", "2026-03-31")]
    [InlineData("2026-02", "2026-02", "2026-02-01", "2026-02-28")]
    [InlineData("2026-K1", "2026-K1", "2026-01-01", "2026-03-31")]
    [InlineData("2026-q1", "2026-K1", "2026-01-01", "2026-03-31")]
    [InlineData("2026-Q4", "2026-K4", "2026-10-01", "2026-12-31")]
    public void Periods_are_parsed_and_normalised(string text, string normalised, string start, string end)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(new Period(normalised, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), period);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-K0")]
    [InlineData("2026-K5")]
    [InlineData("26")]
    [InlineData("1999")]
    [InlineData("K1-2026")]
    [InlineData("maart 2026")]
    public void Invalid_periods_are_refused(string text)
    {
        Assert.False(Period.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("Investeren in opleiding en kennis", 2)]
    [InlineData("  investeren in IMAGO, profilering, positionering en cultuur van de regio ", 3)]
    [InlineData("Investeren in een aantrekkelijk vestigingsklimaat voor de maakindustrie", 4)]
    [InlineData("Investeren in ondernemen met ambitie, zowel bij onze koplopers als in het mkb-peloton", 1)]
    public void Themes_are_found_by_number_or_name(string text, int expected)
    {
        Assert.True(Themes.TryFind(text, out var theme));
        Assert.Equal(expected, theme);
        Assert.Equal(Themes.Names[expected - 1], Themes.NameOf(expected));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("Sport")]
    [InlineData("2.0")]
    public void Unknown_themes_are_refused(string text)
    {
        Assert.False(Themes.TryFind(text, out _));
    }

    [Theory]
    [InlineData("netwerk en verbindingsplan", FundingSources.NetwerkEnVerbindingsplan)]
    [InlineData("NETWERK- EN VERBINDINGSPLAN  RESERVERING", FundingSources.NetwerkEnVerbindingsplanReservering)]
    [InlineData("Overgebleven middelen", FundingSources.OvergeblevenMiddelen)]
    [InlineData("cofinanciëring", FundingSources.Cofinanciering)]
    [InlineData("gemeentelijke bijdrage", FundingSources.GemeentelijkeBijdrage)]
    public void Funding_sources_are_found_by_their_canonical_name_in_any_case(string text, string expected)
    {
        Assert.True(FundingSources.TryFind(text, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Gemeentelijke_bijdrage_is_allowed_in_Begroting_only()
    {
        Assert.Equal(6, FundingSources.All.Count);
        Assert.DoesNotContain(FundingSources.GemeentelijkeBijdrage, FundingSources.AllowedIn(TemplateKind.Middelen));
        Assert.Contains(FundingSources.GemeentelijkeBijdrage, FundingSources.AllowedIn(TemplateKind.Begroting));
        Assert.False(FundingSources.TryFind("Subsidie", out _));
    }

    [Theory]
    [InlineData("GM0114", "GM0114")]
    [InlineData("gm1681", "GM1681")]
    [InlineData("Emmen", "GM0114")]
    [InlineData("EMMEN", "GM0114")]
    [InlineData("Borger Odoorn", "GM1681")]
    [InlineData("borger-odoorn", "GM1681")]
    [InlineData("Börger-Odóorn", "GM1681")]
    [InlineData(" Hardenberg ", "GM0160")]
    public void Municipalities_are_found_by_CBS_code_or_name_and_give_the_CBS_code(string text, string code)
    {
        var matcher = new MunicipalityMatcher(PartnerMunicipalities.Default);

        Assert.True(matcher.TryFind(text, out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("Assen")]
    [InlineData("GM0106")]
    [InlineData("")]
    public void Unknown_municipalities_are_refused(string text)
    {
        Assert.False(new MunicipalityMatcher(PartnerMunicipalities.Default).TryFind(text, out _));
    }

    [Theory]
    [InlineData("Innovatie-ecosysteem", PartnerType.InnovatieEcosysteem)]
    [InlineData("innovatie ecosysteem", PartnerType.InnovatieEcosysteem)]
    [InlineData("InnovatieEcosysteem", PartnerType.InnovatieEcosysteem)]
    [InlineData("ONDERWIJS", PartnerType.Onderwijs)]
    [InlineData("Kennisinstelling", PartnerType.Kennisinstelling)]
    public void Partner_types_are_found_by_name(string text, PartnerType expected)
    {
        Assert.True(PartnerTypes.TryFind(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("d-m-yyyy", true)]
    [InlineData("dd/mm/yy;@", true)]
    [InlineData("[$-413]d mmmm yyyy", true)]
    [InlineData("#,##0.00", false)]
    [InlineData("\"dag\" 0", false)]
    [InlineData("[Red]0.00", false)]
    public void Custom_number_formats_are_recognised_as_dates_only_when_they_show_a_date(string code, bool isDate)
    {
        Assert.Equal(isDate, XlsxStyles.IsDateCode(code));
    }
}
