using System.Data.Common;
using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// Loads one validated partner file: lineage, replacement of earlier rows under the same replacement keys
/// (the latest delivery wins), dimensions, facts and the import row — in one transaction, all or nothing.
/// </summary>
public sealed class PartnerFileLoader(Warehouse warehouse, TimeProvider time, TimeSpan? lockTimeout = null)
{
    /// <summary>How long a load waits for another process's load (the warehouse load lock). Default 2 minutes.</summary>
    public TimeSpan LockTimeout { get; } = lockTimeout ?? TimeSpan.FromMinutes(2);

    /// <summary>The warehouse whose lock waits are bounded by <see cref="LockTimeout"/> (SQLite's write lock is the load lock).</summary>
    public Warehouse Warehouse { get; } = warehouse.WithLockWait(lockTimeout ?? TimeSpan.FromMinutes(2));

    /// <summary>
    /// Loads the file; returns the rows written and the earlier files whose rows it replaced. Under the load lock the
    /// content hash is checked again: a file identical to one loaded a moment ago by another process loads nothing
    /// (<see cref="PartnerFileLoadResult.DuplicateOf"/>).
    /// </summary>
    /// <exception cref="WarehouseBusyException">Another load held the lock for longer than <see cref="LockTimeout"/>.</exception>
    /// <exception cref="MissingDimensionMemberException">A row found no dimension member; nothing was written.</exception>
    public async Task<PartnerFileLoadResult> LoadAsync(PartnerFileLoad load, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        // On SQLite the load lock is the database's write lock, taken by BEGIN IMMEDIATE: its wait is bounded here.
        await using var connection = await Warehouse.OpenAsync(ct);
        DbTransaction transaction;
        try
        {
            transaction = await connection.BeginTransactionAsync(ct);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new WarehouseBusyException($"Another process held the SQLite warehouse's write lock for more than {LockTimeout.TotalSeconds:0} s (database is locked).", e);
        }

        await using var _ = transaction;
        var session = new Session(warehouse, connection, transaction, ct);
        await warehouse.Dialect.LockForTransactionAsync(connection, transaction, "dtz-partner-load", LockTimeout, ct);
        var earlier = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(warehouse.Sql("import.loaded_hash"),
            new { load.Source.ContentHash }, transaction, cancellationToken: ct));
        if (earlier is not null)
        {
            await session.ExecuteAsync("import.finish", ImportLog.FinishParameters(
                new ImportOutcome(load.ImportId, ImportStatus.Duplicate, 0, Message: $"identiek aan het eerder geladen bestand {earlier}: niets geladen"), time.GetUtcNow()));
            await transaction.CommitAsync(ct);
            return new PartnerFileLoadResult(0, null, earlier);
        }

        foreach (var kind in new[] { "partner", "activity", "indicator" })
        {
            await session.FillMissingKeysAsync(kind);
        }

        var sourceKey = await session.ScalarAsync("source.insert", new
        {
            Kind = "file",
            Origin = "partner file",
            Name = load.Source.FileName,
            CbsModified = (DateTimeOffset?)null,
            load.Source.ContentHash,
            Url = (string?)null,
            ReceivedAt = (DateTimeOffset?)load.Source.ReceivedAt.ToUniversalTime(),
            LoadedAt = now,
        });

        var replaced = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var year in load.Funding.Select(f => f.Year).Distinct())
        {
            await session.ReplaceAsync("funding", new { Year = year }, replaced);
        }

        foreach (var year in load.BudgetLines.Select(f => f.Year).Distinct())
        {
            await session.ReplaceAsync("budget_line", new { Year = year }, replaced);
        }

        // Names are matched on their MatchKey (case, accents, hyphens and spacing do not matter), the same in every database.
        foreach (var key in load.Spending.Select(s => (PartnerKey: MatchKey.Of(s.Partner), s.Date.Year)).Distinct())
        {
            await session.ReplaceAsync("spending", new { key.PartnerKey, key.Year }, replaced);
        }

        foreach (var key in load.Capacity.Select(c => (PartnerKey: MatchKey.Of(c.Partner), c.Period)).Distinct())
        {
            await session.ReplaceAsync("capacity", new { key.PartnerKey, key.Period }, replaced);
        }

        foreach (var key in load.Indicators.Select(i => (IndicatorKey: MatchKey.Of(i.Indicator), i.Period, i.CbsCode)).Distinct())
        {
            await session.ReplaceAsync("indicator", new { key.IndicatorKey, key.Period, key.CbsCode }, replaced);
        }

        foreach (var partner in load.Capacity.Select(c => (c.Partner, PartnerType: (string?)c.PartnerType))
                     .Concat(load.Spending.Select(s => (s.Partner, PartnerType: (string?)null))).DistinctBy(p => MatchKey.Of(p.Partner)))
        {
            await session.ExecuteAsync("partner.upsert", new { partner.Partner, PartnerKey = MatchKey.Of(partner.Partner), partner.PartnerType });
        }

        foreach (var activity in load.BudgetLines.Select(b => (b.Theme, b.Activity)).Concat(load.Spending.Select(s => (s.Theme, s.Activity)))
                     .DistinctBy(a => (a.Theme, MatchKey.Of(a.Activity))))
        {
            await session.ExecuteAsync("activity.upsert", new { activity.Theme, activity.Activity, ActivityKey = MatchKey.Of(activity.Activity) });
        }

        var written = 0L;
        written += await session.InsertAllAsync("funding.insert", load.Funding.Select(f => new { f.Year, f.FundingSource, f.CbsCode, f.AmountCents, f.Note, SourceKey = sourceKey, f.SourceRow, f.SourceSheet }));
        written += await session.InsertAllAsync("budget_line.insert", load.BudgetLines.Select(b => new { b.Year, b.Theme, ActivityKey = MatchKey.Of(b.Activity), b.FundingSource, b.AmountCents, b.Note, SourceKey = sourceKey, b.SourceRow, b.SourceSheet, b.Earmarked }));
        written += await session.InsertAllAsync("spending.insert", load.Spending.Select(s => new
        {
            DateKey = PopulationLoader.DateKey(s.Date), Year = s.Date.Year, PartnerKey = MatchKey.Of(s.Partner), s.Theme, ActivityKey = MatchKey.Of(s.Activity), s.Description, s.Reference, s.Status, s.AmountCents, SourceKey = sourceKey, s.SourceRow, s.SourceSheet,
        }));
        written += await session.InsertAllAsync("capacity.insert", load.Capacity.Select(c => new
        {
            c.Period, StartKey = PopulationLoader.DateKey(c.Start), EndKey = PopulationLoader.DateKey(c.End), PartnerKey = MatchKey.Of(c.Partner), c.PartnerType, c.Hours, c.HourlyRateCents, c.ValueCents, SourceKey = sourceKey, c.SourceRow, c.SourceSheet,
        }));
        written += await session.InsertAllAsync("indicator.insert", load.Indicators.Select(i => new
        {
            i.Period, StartKey = PopulationLoader.DateKey(i.Start), EndKey = PopulationLoader.DateKey(i.End), i.Indicator, IndicatorKey = MatchKey.Of(i.Indicator), i.CbsCode, i.Value, i.Target, i.Unit, SourceKey = sourceKey, i.SourceRow, i.SourceSheet,
        }));

        var replaces = replaced.Count == 0 ? null : string.Join(", ", replaced);
        await session.ExecuteAsync("import.finish",
            ImportLog.FinishParameters(new ImportOutcome(load.ImportId, ImportStatus.Loaded, written, sourceKey, Replaces: replaces), time.GetUtcNow()));
        await session.ExecuteAsync("import.reconcile", new { load.ImportId, CellsRead = (long?)null, RowsUnchanged = (long?)null, load.AmountTotalCents });
        await transaction.CommitAsync(ct);
        return new PartnerFileLoadResult(written, replaces);
    }

    private sealed class Session(Warehouse warehouse, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        public Task<long> ScalarAsync(string statement, object parameters) =>
            connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql(statement), parameters, transaction, cancellationToken: ct));

        public Task<int> ExecuteAsync(string statement, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(warehouse.Sql(statement), parameters, transaction, cancellationToken: ct));

        /// <summary>Gives rows stored before name keys existed their key (SQL cannot compute it: accents, hyphens).</summary>
        public async Task FillMissingKeysAsync(string kind)
        {
            var missing = await connection.QueryAsync<(long KeyValue, string Name)>(new CommandDefinition(warehouse.Sql($"keys.{kind}_missing"), transaction: transaction, cancellationToken: ct));
            foreach (var (keyValue, name) in missing)
            {
                await ExecuteAsync($"keys.{kind}_set", new { KeyValue = keyValue, NameKey = MatchKey.Of(name) });
            }
        }

        /// <summary>Notes which earlier files held rows under the key, then deletes those rows.</summary>
        public async Task ReplaceAsync(string fact, object key, ISet<string> replaced)
        {
            var files = await connection.QueryAsync<string>(new CommandDefinition(warehouse.Sql(fact + ".replaced"), key, transaction, cancellationToken: ct));
            replaced.UnionWith(files);
            await ExecuteAsync(fact + ".delete", key);
        }

        /// <summary>Inserts every row; a row that finds no dimension member would vanish silently, so the count is checked.</summary>
        public async Task<long> InsertAllAsync<T>(string statement, IEnumerable<T> rows)
        {
            var list = rows.ToList();
            if (list.Count == 0)
            {
                return 0;
            }

            var written = await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql(statement), list, transaction, cancellationToken: ct));
            if (written != list.Count)
            {
                throw new MissingDimensionMemberException($"{statement}: {list.Count} rows given, {written} written; a theme, funding source or municipality was not found in the warehouse.");
            }

            return written;
        }
    }
}

/// <summary>What a partner file load wrote.</summary>
/// <param name="RowsWritten">Fact rows inserted.</param>
/// <param name="Replaces">Names of earlier files whose rows this one replaced, or null.</param>
/// <param name="DuplicateOf">The earlier delivery with identical content whose rows are still in force (nothing was loaded), or null.</param>
public sealed record PartnerFileLoadResult(long RowsWritten, string? Replaces, string? DuplicateOf = null);
