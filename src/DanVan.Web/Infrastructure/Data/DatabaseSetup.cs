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
        services.TryAddSingleton(new StartupConsole(Console.Out));
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        void Configure(IServiceProvider sp, DbContextOptionsBuilder db)
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                db.UseNpgsql(connectionString);
            }
            else
            {
                db.UseSqlite(connectionString);
            }

            // The length rules first (a too-long value refuses the save before anything is recorded), then what the
            // modules bring (the audit log), the Vietnamese collation last.
            db.AddInterceptors([LengthRules.Instance, .. sp.GetServices<DatabaseInterceptor>().OrderBy(i => i.Order).Select(i => i.Resolve(sp)), VietnameseCollation.Instance]);
        }

        // One context type per engine, each with its own generated migrations (docs/adr/0011); everyone asks for AppDbContext.
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(Configure);
        }
        else
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(Configure);
        }

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

/// <summary>
/// An interceptor a module adds to every context, resolved from the services. Lower <see cref="Order"/> runs first:
/// interceptors that complete a change (a task's cycles) come before the one that records it (the audit log's).
/// </summary>
public sealed record DatabaseInterceptor(Func<IServiceProvider, IInterceptor> Resolve, int Order);

public static class DatabaseInterceptorSetup
{
    /// <summary>Changes a SaveChanges makes before it is recorded use the default order; the audit log records last.</summary>
    public const int RecordsLast = 1000;

    public static IServiceCollection AddDatabaseInterceptor<T>(this IServiceCollection services, int order = 0)
        where T : class, IInterceptor =>
        services.AddSingleton(new DatabaseInterceptor(sp => sp.GetRequiredService<T>(), order));
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
