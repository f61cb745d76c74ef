namespace DanVan.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database": which engine, and whether to migrate and load demo data at start-up.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Loads the demo province into an empty database on first start.</summary>
    public bool SeedDemoOnFirstStart { get; set; } = true;
}
