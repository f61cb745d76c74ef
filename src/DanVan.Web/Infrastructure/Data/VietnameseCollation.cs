using System.Data.Common;
using DanVan.Web.Infrastructure.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Name columns use the collation "vi" so that ORDER BY follows Vietnamese order on both engines: PostgreSQL
/// gets an ICU collation from the migrations; SQLite gets .NET's ICU comparer on every connection it opens.
/// </summary>
public sealed class VietnameseCollation : DbConnectionInterceptor
{
    public const string Name = "vi";

    public static readonly VietnameseCollation Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    public static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateCollation(Name, (x, y) => VietnameseText.Comparer.Compare(x, y));
        }
    }
}
