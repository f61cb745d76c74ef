using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Audit.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Web.Infrastructure.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "DanVan";

    public static IServiceCollection AddDanVanDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = ResolveConnectionString(options.Provider, configuration.GetConnectionString(ConnectionStringName), environment.ContentRootPath);
        services.AddSingleton(new DatabaseConnection(options.Provider, connectionString));
        services.AddSingleton<DatabaseLocks>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditActor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddScoped<AuditVerification>();
        services.AddSingleton<Modules.Audit.Contracts.IAuditLog, AuditLog>();
        services.AddDbContext<AppDbContext>((sp, db) =>
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                db.UseNpgsql(connectionString);
            }
            else
            {
                db.UseSqlite(connectionString);
            }

            db.AddInterceptors(LengthRules.Instance, sp.GetRequiredService<AuditInterceptor>(), SensitiveReads.Instance, VietnameseCollation.Instance);

            // Migrations are written by hand for both engines (docs/adr/0002); there is no model snapshot, so
            // the schema test, not this warning, proves the migrations match the model.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }

    /// <summary>SQLite defaults to App_Data/danvan.db under the content root; the folder is created.</summary>
    public static string ResolveConnectionString(DatabaseProvider provider, string? configured, string contentRoot)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:DanVan is not set.")
                : configured;
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/danvan.db" : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }
}

/// <summary>The engine and resolved connection string, for start-up messages and tools.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return "SQLite: " + new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL: {builder.Host}:{builder.Port}/{builder.Database}";
    }
}
