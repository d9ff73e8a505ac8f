namespace PerfTargets.Web.Setup;

/// <summary>The <c>--name value</c> options of the command-line verbs.</summary>
internal static class CommandOptions
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static bool Has(string[] args, string name) => Array.IndexOf(args, name) >= 0;
}
