namespace PerfTargets.Web.Tests;

/// <summary>The codes of the demo departments the tests act as (see the seed forms).</summary>
internal static class DemoDepartments
{
    /// <summary>中共山海关区委网络安全和信息化委员会办公室.</summary>
    public const string Shanhaiguan = "224002";

    /// <summary>中共宿州市委网络安全和信息化委员会办公室 (seed 002).</summary>
    public const string Suzhou = "341300001";

    /// <summary>The portal site's department of the Shanghai seed.</summary>
    public const string Portal = "310101901";
}
