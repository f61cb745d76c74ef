using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>Where a value of a request comes from.</summary>
public enum ValueSource
{
    Route,
    Query,
    Form,
    File,
    Json,
}

/// <summary>One value a handler reads: a route or query parameter, a form field (dotted like the form posts it), a file or a JSON body.</summary>
public sealed record ProbeValue(string Name, Type Type, ValueSource Source);

/// <summary>One handler the app maps: a page handler (GET or POST, with its handler name) or an API endpoint.</summary>
public sealed record Probe(string Method, string Route, string? Handler, IReadOnlyList<ProbeValue> Values, bool IsApi)
{
    public bool IsWrite => Method != "GET";

    public override string ToString() => $"{Method} {Route}{(Handler is null ? "" : "?handler=" + Handler)}";
}

/// <summary>
/// Every handler the app maps, read from the app itself (its endpoints, each page's compiled handlers and bound
/// properties, each API delegate's parameters), so a new page or endpoint is walked without anyone listing it.
/// </summary>
public static class EndpointCatalog
{
    public static async Task<IReadOnlyList<Probe>> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var probes = new List<Probe>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    var method = handler.HttpMethod.ToUpperInvariant();
                    var values = new List<ProbeValue>();
                    foreach (var parameter in handler.Parameters)
                    {
                        AddValues(values, parameter.Name, parameter.ParameterType, routeNames.Contains(parameter.Name) ? ValueSource.Route : method == "GET" ? ValueSource.Query : ValueSource.Form, method);
                    }

                    foreach (var property in compiled.BoundProperties.OfType<PageBoundPropertyDescriptor>())
                    {
                        var supportsGet = property.Property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true;
                        if (method == "GET" && !supportsGet)
                        {
                            continue;
                        }

                        var name = property.BindingInfo?.BinderModelName ?? property.Name;
                        AddValues(values, name, property.ParameterType, routeNames.Contains(name) ? ValueSource.Route : method == "GET" ? ValueSource.Query : ValueSource.Form, method);
                    }

                    probes.Add(new Probe(method, route, handler.Name, values.DistinctBy(v => v.Name, StringComparer.OrdinalIgnoreCase).ToList(), IsApi: false));
                }

                continue;
            }

            if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } delegateMethod && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } verbs)
            {
                var values = new List<ProbeValue>();
                foreach (var parameter in delegateMethod.GetParameters())
                {
                    var type = parameter.ParameterType;
                    if (routeNames.Contains(parameter.Name!))
                    {
                        values.Add(new ProbeValue(parameter.Name!, type, ValueSource.Route));
                    }
                    else if (IsSimple(type))
                    {
                        values.Add(new ProbeValue(parameter.Name!, type, ValueSource.Query));
                    }
                    else if (type.IsClass && type != typeof(string) && !IsService(services, type))
                    {
                        values.Add(new ProbeValue(parameter.Name!, type, ValueSource.Json));
                    }
                }

                foreach (var verb in verbs.HttpMethods)
                {
                    probes.Add(new Probe(verb, route, null, values, IsApi: route.StartsWith("/api/", StringComparison.Ordinal)));
                }
            }
        }

        return probes;
    }

    private static void AddValues(List<ProbeValue> values, string name, Type type, ValueSource source, string method)
    {
        if (type == typeof(CancellationToken))
        {
            return;
        }

        if (type == typeof(IFormFile) || type == typeof(IFormFileCollection) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type))
        {
            values.Add(new ProbeValue(name, type, ValueSource.File));
            return;
        }

        if (IsSimple(type) || ElementOf(type) is { } element && IsSimple(element) || source == ValueSource.Route || method == "GET" && source == ValueSource.Query && !type.IsClass)
        {
            values.Add(new ProbeValue(name, type, source));
            return;
        }

        if (ElementOf(type) is { } item)
        {
            // A list of forms (rows): the first row is posted.
            foreach (var property in Settable(item))
            {
                AddValues(values, $"{name}[0].{property.Name}", property.PropertyType, source, method);
            }

            return;
        }

        foreach (var property in Settable(type))
        {
            AddValues(values, $"{name}.{property.Name}", property.PropertyType, source, method);
        }
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true && p.GetIndexParameters().Length == 0);

    public static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;

    public static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
            || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly);
    }

    private static bool IsService(IServiceProvider services, Type type) =>
        services.GetService<IServiceProviderIsService>()?.IsService(type) == true || type == typeof(HttpContext) || type == typeof(HttpRequest);
}
