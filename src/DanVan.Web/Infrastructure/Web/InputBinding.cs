using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// Every string a page binds (form, query, route) goes through <see cref="InputText.Clean"/>. An empty field
/// bound to a property declared non-nullable gives "", not null (a page reading <c>Input.Code.Trim()</c> would fail).
/// </summary>
public sealed class CleanTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string))
        {
            return null;
        }

        var property = context.Metadata.ContainerType?.GetProperty(context.Metadata.PropertyName ?? "");
        var notNull = property is not null && new System.Reflection.NullabilityInfoContext().Create(property).WriteState == System.Reflection.NullabilityState.NotNull;
        return new CleanTextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()), notNull);
    }

    private sealed class CleanTextBinder(IModelBinder inner, bool notNull) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text)
            {
                bindingContext.Result = ModelBindingResult.Success(InputText.Clean(text));
            }
            else if (bindingContext.Result.IsModelSet && notNull)
            {
                bindingContext.Result = ModelBindingResult.Success(string.Empty);
            }
        }
    }
}

/// <summary>
/// A checkbox posts "true" (and the hidden "false"); any other value was typed in. It is refused with a message and
/// recorded as "false", so the form shows an unticked box instead of failing to render the value it cannot read.
/// </summary>
public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? new CheckboxBinder() : null;

    private sealed class CheckboxBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            var first = result.FirstValue?.Trim() ?? "";
            bool? value = first.ToUpperInvariant() switch
            {
                "TRUE" or "ON" or "1" => true,
                "FALSE" or "OFF" or "0" or "" => false,
                _ => null,
            };
            if (value is { } read)
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
                bindingContext.Result = ModelBindingResult.Success(read);
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, false, "false");
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Giá trị của ô đánh dấu không hợp lệ.");
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
    }
}

/// <summary>Every string the API reads from JSON goes through <see cref="InputText.Clean"/>.</summary>
public sealed class CleanTextJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        InputText.Clean(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
