using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// A validation attribute declared without its own message ([StringLength(100)], [Required], [Range]) speaks
/// Vietnamese, not the framework's English ("The field … must be a string with a maximum length of …"), on every form.
/// </summary>
public sealed class VietnameseValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceType is not null)
            {
                continue;
            }

            attribute.ErrorMessage = attribute switch
            {
                StringLengthAttribute { MinimumLength: > 0 } => "{0}: từ {2} đến {1} ký tự.",
                StringLengthAttribute => "{0}: không quá {1} ký tự.",
                MaxLengthAttribute => "{0}: không quá {1} ký tự.",
                RequiredAttribute => "{0}: không được để trống.",
                RangeAttribute => "{0}: từ {1} đến {2}.",
                EmailAddressAttribute => "{0}: không phải là một địa chỉ email.",
                _ => "{0}: giá trị không hợp lệ.",
            };
        }
    }
}
