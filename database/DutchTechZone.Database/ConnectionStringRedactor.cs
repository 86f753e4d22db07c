using System.Data.Common;

namespace DutchTechZone.Database;

/// <summary>Removes secrets from connection strings before they reach output or logs.</summary>
public static class ConnectionStringRedactor
{
    private static readonly string[] SecretKeys = ["password", "pwd", "passfile", "ssl password", "sslpassword", "access token", "accesstoken", "accountkey", "sharedaccesssignature"];

    /// <summary>Returns the connection string with the value of every secret key replaced by <c>***</c>.</summary>
    public static string Redact(string connectionString)
    {
        DbConnectionStringBuilder builder;
        try
        {
            builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }

        foreach (var key in builder.Keys.Cast<string>().ToList())
        {
            if (SecretKeys.Contains(key.Trim().ToLowerInvariant()))
            {
                builder[key] = "***";
            }
        }

        return builder.ConnectionString;
    }
}
