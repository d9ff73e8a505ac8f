namespace PerfTargets.Core.Declarations;

/// <summary>One line of 制度保障 (seed 001): a kind of system, its document, measures and stages.</summary>
public sealed class SystemSafeguard
{
    public int Id { get; set; }

    public int Sequence { get; set; }

    /// <summary>制度保障 (项目管理制度, 预算管理制度, 财务管理制度…)</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>文件名称</summary>
    public string? DocumentName { get; set; }

    /// <summary>具体措施</summary>
    public string? Measures { get; set; }

    /// <summary>保障阶段</summary>
    public SafeguardStages Stages { get; set; }
}
