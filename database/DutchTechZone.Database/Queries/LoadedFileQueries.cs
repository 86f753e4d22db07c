using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>The partner files that were ever loaded, by name and content hash.</summary>
public sealed class LoadedFileQueries(Warehouse warehouse)
{
    public async Task<IReadOnlyList<LoadedFile>> LoadedFilesAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<LoadedFile>(new CommandDefinition(warehouse.Sql("import.loaded_file_hashes"), cancellationToken: ct))).ToList();
    }
}

/// <summary>One loaded partner file: its delivered name and the SHA-256 of its content (lower-case hex).</summary>
public sealed record LoadedFile(string Name, string? ContentHash);
