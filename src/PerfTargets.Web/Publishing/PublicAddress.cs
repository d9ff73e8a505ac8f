namespace PerfTargets.Web.Publishing;

/// <summary>The public pages' addresses (公开), defined once for links and pages alike.</summary>
public static class PublicAddress
{
    public const string Index = "/public";

    /// <summary>A department's public list of one year.</summary>
    public static string ListOf(int year, string departmentCode) => $"{Index}/{year}/{Uri.EscapeDataString(departmentCode)}";

    /// <summary>One published declaration's form.</summary>
    public static string Of(int year, string departmentCode, int declarationId) => $"{ListOf(year, departmentCode)}/{declarationId}";

    /// <summary>Its PDF.</summary>
    public static string PdfOf(int year, string departmentCode, int declarationId) => $"{Of(year, departmentCode, declarationId)}/pdf";
}
