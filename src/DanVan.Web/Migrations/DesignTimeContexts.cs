using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVan.Web.Migrations;

/// <summary>
/// How <c>dotnet ef</c> builds each engine's context: from the app's own services (every module's model), with a
/// connection string that is never opened while a migration is generated. See docs/adr/0011-generated-migrations.md.
/// </summary>
internal static class DesignTimeContexts
{
    public static AppDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var builder = DanVanHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:DanVan"] = connectionString,
        });
        return builder.Build().Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        (SqliteAppDbContext)DesignTimeContexts.Create(DatabaseProvider.Sqlite, "Data Source=:memory:");
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        (PostgresAppDbContext)DesignTimeContexts.Create(DatabaseProvider.Postgres, "Host=localhost;Database=danvan_design");
}
