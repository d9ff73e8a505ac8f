using PerfTargets.Core.Library.Pinyin;

namespace PerfTargets.Core.Library;

/// <summary>
/// 指标库条目: a 三级指标 a filer may take as written, filed under a 一级 and 二级 of one framework,
/// with what makes it a good indicator (unit, comparator, direction, 计算公式, 指标值确定依据), the
/// sectors it suits, an example target, and the published guidance it follows.
/// </summary>
public sealed class LibraryEntry
{
    /// <summary>What the admin's own entries name as their source unless the admin writes one.</summary>
    public const string LocalSource = "本地补充";

    public int Id { get; set; }

    /// <summary>The seed's stable key (共性-001 …); null for entries an admin added.</summary>
    public string? Key { get; set; }

    public int FrameworkId { get; set; }

    /// <summary>一级指标, as the framework names it.</summary>
    public string Level1 { get; set; } = string.Empty;

    /// <summary>二级指标, as the framework names it.</summary>
    public string Level2 { get; set; } = string.Empty;

    /// <summary>三级指标; setting it sets <see cref="NameInitials"/>.</summary>
    public string Name
    {
        get;
        set
        {
            // A form's blank field binds as null: it is the validator's to call missing.
            field = value ?? string.Empty;
            RefreshInitials();
        }
    } = string.Empty;

    /// <summary>拼音首字母 of <see cref="Name"/>, stored so the database can search by them (yshgl finds 验收合格率).</summary>
    public string NameInitials { get; private set; } = string.Empty;

    public IndicatorNature Nature { get; set; }

    /// <summary>Typical 计量单位; none for a qualitative indicator.</summary>
    public string? Unit { get; set; }

    public Comparator? Comparator { get; set; }

    public IndicatorDirection? Direction { get; set; }

    /// <summary>计算公式 (验收合格率 = 合格数 ÷ 验收数 × 100%).</summary>
    public string? Formula { get; set; }

    /// <summary>指标值确定依据</summary>
    public IndicatorBasis? Basis { get; set; }

    /// <summary>Sector tags (信息化, 宣传, 水利 …), comma-separated; empty for every sector (a form's blank field too, never null).</summary>
    public string Sectors { get; set => field = value ?? string.Empty; } = string.Empty;

    /// <summary>One good target written with it (设备验收合格率=100%).</summary>
    public string? Example { get; set; }

    /// <summary>The published document the entry follows, named (财预〔2021〕101号 …).</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>停用: kept for the history of declarations that used it, no longer suggested.</summary>
    public bool Retired { get; set; }

    /// <summary>合并到: the entry that says the same and was kept when this one was merged into it (this one is then retired).</summary>
    public int? MergedIntoId { get; set; }

    /// <summary>Sets <see cref="NameInitials"/> from the name, for entries stored before initials were kept.</summary>
    public void RefreshInitials() => NameInitials = PinyinInitials.Of(Name);

    public IReadOnlyList<string> SectorList => Sectors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
