using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// Every table that scrolls sideways inside its own box (Bootstrap's <c>table-responsive</c>) can be reached and
/// scrolled with the keyboard: the box takes the focus (axe-core's "scrollable-region-focusable"), on every page,
/// without each view having to remember it.
/// </summary>
[HtmlTargetElement("div", Attributes = "class")]
public sealed class ScrollRegionTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("table-responsive") && !output.Attributes.ContainsName("tabindex"))
        {
            output.Attributes.SetAttribute("tabindex", "0");
        }
    }
}
