namespace PerfTargets.Data.DemoData;

/// <summary>
/// The 预算单位 of the scale demo (规模演示数据): the bureaus, centres and schools of 示范县, whose 财政局
/// reviews the demo, each with one filer (填报人) account. Codes 900101, 900102… stay clear of the
/// demo's own departments; past the fifty names a unit is numbered (示范县教育局（二）).
/// </summary>
public static class ScaleUnits
{
    public const string CodePrefix = "900";

    private static readonly string[] Names =
    [
        "教育局", "卫生健康局", "农业农村局", "交通运输局", "水利局", "民政局", "人力资源和社会保障局", "自然资源和规划局",
        "住房和城乡建设局", "文化广电和旅游局", "市场监督管理局", "应急管理局", "公安局", "司法局", "审计局", "统计局",
        "林业局", "医疗保障局", "退役军人事务局", "科学技术局", "工业和信息化局", "商务局", "城市管理局", "档案馆",
        "图书馆", "融媒体中心", "疾病预防控制中心", "人民医院", "中医医院", "第一中学", "实验小学", "职业教育中心",
        "妇幼保健院", "农业技术推广中心", "气象局", "粮食和物资储备局", "信访局", "机关事务服务中心", "政务服务中心",
        "发展和改革局", "数据资源局", "乡村振兴局", "残疾人联合会", "妇女联合会", "总工会", "科学技术协会", "红十字会",
        "文化馆", "博物馆", "供销合作社联合社",
    ];

    private static readonly string[] Numerals = ["二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>The most units a run adds: every name numbered up to （十）.</summary>
    public static int MaxCount => Names.Length * (Numerals.Length + 1);

    /// <summary>单位编码 of unit <paramref name="index"/> (from 0).</summary>
    public static string Code(int index) => $"{CodePrefix}{101 + index}";

    /// <summary>单位名称 of unit <paramref name="index"/>.</summary>
    public static string Name(int index) => "示范县" + ShortName(index);

    /// <summary>The filer's user name: filer-scale-001, filer-scale-002…</summary>
    public static string FilerUserName(int index) => $"filer-scale-{index + 1:000}";

    /// <summary>The filer's 姓名 as the history shows it: 教育局填报人.</summary>
    public static string FilerDisplayName(int index) => ShortName(index) + "填报人";

    private static string ShortName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxCount);
        var round = index / Names.Length;
        return Names[index % Names.Length] + (round == 0 ? string.Empty : $"（{Numerals[round - 1]}）");
    }
}
