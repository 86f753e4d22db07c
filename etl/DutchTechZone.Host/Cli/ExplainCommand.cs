using System.CommandLine;
using System.Text.Json;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Lineage;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz explain budget --year YYYY [--municipality GM0114] [--json]</c>: where every figure of the budget comes from
/// (CBS table, period, status, Modified, load, import; or file, sheet, row, SHA-256, received, replaced deliveries).
/// </summary>
public static class ExplainCommand
{
    public static Command Create(CommandRunner runner)
    {
        var year = new Option<int>("--year") { Description = "Begrotingsjaar, bijvoorbeeld 2026.", Required = true };
        var municipality = new Option<string?>("--municipality") { Description = "Alleen de bijdrage van deze gemeente (CBS-code, bijvoorbeeld GM0114)." };
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON." };
        var budget = new Command("budget", "Toont per bedrag van de begroting waar het vandaan komt.") { year, municipality, json };
        budget.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            var budgetYear = BudgetYearOption.Checked(result.GetValue(year));

            var code = result.GetValue(municipality);
            if (code is not null && !app.Municipalities.Any(m => string.Equals(m.CbsCode, code.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                throw new DtzConfigurationException(
                    $"--municipality '{code}' is geen gemeente van het programma; kies uit {string.Join(", ", app.Municipalities.Select(m => m.CbsCode))}.");
            }

            await runner.MigrateAsync(app, ct);
            var explanation = await new BudgetExplainer(new ExplainQueries(app.Warehouse), new ContributionWriter(app.Warehouse, app.Time))
                .ExplainAsync(budgetYear, code?.Trim(), ct);
            var nothingStored = explanation.Contributions.Count == 0 && explanation.Resources.Count == 0;
            if (result.GetValue(json))
            {
                await runner.Console.Out.WriteLineAsync(JsonSerializer.Serialize(explanation, BudgetCommand.Json));
            }
            else if (!nothingStored)
            {
                Print(explanation, runner.Console.Out);
            }

            if (nothingStored)
            {
                // A message, not a result: stderr, so that stdout (the JSON with --json) is never mixed with it.
                await runner.Console.Error.WriteLineAsync($"Geen opgeslagen bijdragen of middelen voor {budgetYear}: draai eerst dtz budget --year {budgetYear}.");
                return ExitCodes.NoFigures;
            }

            return ExitCodes.Ok;
        }));
        return new Command("explain", "Legt uit waar een cijfer vandaan komt.") { budget };
    }

    private static void Print(BudgetExplanation e, TextWriter w)
    {
        w.WriteLine($"Herkomst van de begroting {e.Year}" + (e.Municipality is null ? "" : $" ({e.Municipality})"));
        Section(w, "Gemeentelijke bijdrage", e.Contributions, f =>
            $"{f.Municipality} ({f.CbsCode}): {DutchFormat.Euro(f.Amount)} voor {DutchFormat.Count(f.Inhabitants ?? 0)} inwoners ({(f.Item == "definitive" ? "definitief" : "voorlopig")})");
        Section(w, "Middelen", e.Resources, f =>
            $"{f.Item}{(f.Municipality is null ? "" : $" ({f.Municipality})")}: {DutchFormat.Euro(f.Amount)}");
        Section(w, "Begrotingsregels", e.BudgetLines, f => $"{f.Item} ({f.Detail}): {DutchFormat.Euro(f.Amount)}");
        Section(w, "Realisatie", e.Spending, f => $"{f.Partner}, {f.Item} ({f.Detail}): {DutchFormat.Euro(f.Amount)}");
        if (e.Changes.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Wijzigingen in opgeslagen bijdragen");
            foreach (var c in e.Changes)
            {
                w.WriteLine($"  {DutchFormat.Time(c.ChangedAt)} {c.Municipality}: {DutchFormat.Euro(c.BeforeAmount)} → {DutchFormat.Euro(c.AfterAmount)} ({c.Reason}; {(c.Applied ? "aangepast" : "niet aangepast, gefactureerd")})");
            }
        }
    }

    private static void Section(TextWriter w, string title, IReadOnlyList<FigureLineage> figures, Func<FigureLineage, string> line)
    {
        if (figures.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine(title);
        foreach (var f in figures)
        {
            w.WriteLine("  " + line(f));
            if (f.Cbs is { } cbs)
            {
                w.WriteLine($"    bron: CBS-tabel {cbs.Table} ({cbs.Origin}), periode {cbs.Period}, CBS-status {cbs.CbsStatus}");
                w.WriteLine($"    tabel gewijzigd (Modified) {(cbs.Modified is { } m ? DutchFormat.Time(m) : "onbekend")}, geladen {DutchFormat.Time(cbs.LoadedAt)}, import {cbs.ImportId}");
            }

            if (f.File is { } file)
            {
                w.WriteLine($"    bron: bestand {file.FileName}, blad {file.Sheet ?? "onbekend"}, rij {file.Row}");
                w.WriteLine($"    SHA-256 {file.Sha256}, ontvangen {(file.ReceivedAt is { } r ? DutchFormat.Time(r) : "onbekend")}, import {file.ImportId}, vervangt {file.Replaces ?? "niets"}");
            }

            if (f.Frozen is { } frozen)
            {
                w.WriteLine(frozen
                    ? "    gefactureerd: bevroren volgens de begrotingsregels; latere CBS-herzieningen en tariefwijzigingen worden vastgelegd, niet toegepast"
                    : "    niet bevroren (niet gefactureerd): volgt de CBS-cijfers en het tarief; elke wijziging wordt vastgelegd");
            }

            foreach (var c in f.Changes ?? [])
            {
                w.WriteLine($"    wijziging {DutchFormat.Time(c.ChangedAt)}: {DutchFormat.Count(c.BeforeInhabitants)} × {DutchFormat.EuroWithCents(c.BeforeRate)} = {DutchFormat.Euro(c.BeforeAmount)} → " +
                    $"{DutchFormat.Count(c.AfterInhabitants)} × {DutchFormat.EuroWithCents(c.AfterRate)} = {DutchFormat.Euro(c.AfterAmount)} " +
                    $"({BudgetTablePrinter.ReasonText(c.Reason)}; {(c.Applied ? "aangepast" : "niet aangepast, gefactureerd bedrag blijft staan")})");
            }
        }
    }
}
