using System.ComponentModel.DataAnnotations;
using System.Reflection;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Web;

/// <summary>
/// Every validation rule of every form speaks Vietnamese: each property a page binds (and the properties of the
/// input classes it binds), with each of its validation attributes as the app's metadata gives them, formats a message
/// that is not the framework's English ("The field … must be …"), whether or not the attribute names its own.
/// </summary>
public sealed class ValidationMessageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void No_form_field_is_refused_in_English()
    {
        var metadata = app.Services.GetRequiredService<IModelMetadataProvider>();
        var pages = typeof(DanVan.Web.Modules.Home.IndexModel).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract);
        var english = new List<string>();
        var seen = new HashSet<Type>();
        void Check(Type type, PropertyInfo property)
        {
            foreach (var attribute in metadata.GetMetadataForProperty(type, property.Name).ValidatorMetadata.OfType<ValidationAttribute>())
            {
                var message = attribute.FormatErrorMessage("Tên");
                if (message.Contains("The ", StringComparison.Ordinal) || message.Contains(" must ", StringComparison.Ordinal) || message.Contains("field", StringComparison.Ordinal))
                {
                    english.Add($"{type.Name}.{property.Name} [{attribute.GetType().Name}]: {message}");
                }
            }

            var inner = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
            if (inner.IsClass && inner != typeof(string) && inner.Namespace?.StartsWith("DanVan", StringComparison.Ordinal) == true && seen.Add(inner))
            {
                foreach (var nested in inner.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    Check(inner, nested);
                }
            }
        }

        foreach (var page in pages)
        {
            foreach (var property in page.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null))
            {
                Check(page, property);
            }
        }

        Assert.True(seen.Count > 10, "no input class was read");
        Assert.True(english.Count == 0, string.Join("\n", english));
    }
}
