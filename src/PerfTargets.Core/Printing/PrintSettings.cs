namespace PerfTargets.Core.Printing;

/// <summary>打印设置: the installation's default 申报表 layout, which the admin chooses; one row.</summary>
public sealed class PrintSettings
{
    public const int SingletonId = 1;

    /// <summary>The largest layout key stored.</summary>
    public const int LayoutKeyLength = 32;

    public int Id { get; set; } = SingletonId;

    /// <summary>The key of the layout printed when none is asked for (national, review, …).</summary>
    public string DefaultLayout { get; set; } = "national";
}
