using System.Data;
using System.Globalization;
using Dapper;

namespace DutchTechZone.Database.TypeHandlers;

/// <summary>Timestamps are stored in UTC; reads them from <see cref="DateTime"/> (PostgreSQL, SQL Server) or text (SQLite).</summary>
internal sealed class DateTimeOffsetTypeHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.DateTimeOffset;
        parameter.Value = value.ToUniversalTime();
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset t => t,
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new DataException($"Cannot read a timestamp from {value.GetType().Name}."),
    };
}
