namespace DanVan.Tests.Infrastructure;

public enum Engine
{
    Sqlite,
    Postgres,
}

public static class EngineDatabases
{
    /// <summary>A fresh, empty database on the engine; returns provider name and connection string.</summary>
    public static (string Provider, string ConnectionString) Create(Engine engine)
    {
        if (engine == Engine.Postgres)
        {
            return ("Postgres", PostgresServer.CreateDatabase());
        }

        var file = Path.Combine(Path.GetTempPath(), $"danvan-test-{Guid.NewGuid():N}.db");
        return ("Sqlite", $"Data Source={file}");
    }
}
