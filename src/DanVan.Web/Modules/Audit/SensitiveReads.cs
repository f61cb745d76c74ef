using System.Collections.Concurrent;
using System.Security.Claims;
using DanVan.Web.Modules.Audit.Contracts;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using DanVan.Web.Infrastructure.Data;

namespace DanVan.Web.Modules.Audit;

/// <summary>
/// Notes every record with a sensitive field (<see cref="SensitiveFields"/>) that a request reads from the
/// database, except the signed-in person's own, and writes one audit entry per record when the request ends.
/// </summary>
internal sealed class SensitiveReads(IHttpContextAccessor httpContextAccessor) : IMaterializationInterceptor
{
    /// <summary>
    /// One for the process: EF builds its internal services per materialization interceptor instance. The accessor
    /// reads the request from an async-local, the same for every app in the process.
    /// </summary>
    public static readonly SensitiveReads Instance = new(new HttpContextAccessor());

    private const string ItemsKey = "DanVan.SensitiveReads";
    private static readonly ConcurrentDictionary<IEntityType, string[]> Fields = new();

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        var context = httpContextAccessor.HttpContext;
        var type = materializationData.EntityType;
        if (context?.User.Identity?.IsAuthenticated != true)
        {
            return entity;
        }

        var fields = Fields.GetOrAdd(type, t => t.GetProperties().Where(p => p.SensitiveReason() is not null).Select(p => p.Name).ToArray());
        if (fields.Length == 0 || type.FindPrimaryKey() is not { } key)
        {
            return entity;
        }

        var id = string.Join("|", key.Properties.Select(p => Convert.ToString(p.GetGetter().GetClrValue(entity), System.Globalization.CultureInfo.InvariantCulture)));
        if (id == context.User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return entity;
        }

        if (context.Items[ItemsKey] is not HashSet<(string, string, string)> reads)
        {
            context.Items[ItemsKey] = reads = [];
        }

        lock (reads)
        {
            reads.Add((type.ClrType.Name, id, string.Join(", ", fields)));
        }

        return entity;
    }

    /// <summary>After the request: the reads it made, in the audit log.</summary>
    public static IApplicationBuilder UseSensitiveReadAudit(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Items[ItemsKey] is HashSet<(string Entity, string Id, string Fields)> { Count: > 0 } reads)
        {
            var events = reads.Select(r => (r.Entity, r.Id, (string?)$"{r.Fields} — {context.Request.Path}")).ToList();
            await context.RequestServices.GetRequiredService<IAuditLog>().RecordManyAsync(AuditEvent.SensitiveRead, events, CancellationToken.None);
        }
    });
}
