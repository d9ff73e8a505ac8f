namespace PerfTargets.Web.Printing;

/// <summary>A page that answers with a PDF, and the print's choices its address carries (?layout=, download=1, omitEmpty=true).</summary>
public abstract class PrintPageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Layout { get; set; }

    /// <summary>download=1 (or true) to save the file rather than show it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Download { get; set; }

    /// <summary>omitEmpty=true: the 二级 with indicators only, where the layout's paper shows every 二级.</summary>
    [BindProperty(SupportsGet = true)]
    public bool OmitEmpty { get; set; }

    protected PrintOptions Options => new() { OmitEmptyLevel2s = OmitEmpty };
}
