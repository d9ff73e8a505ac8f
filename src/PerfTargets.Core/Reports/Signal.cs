namespace PerfTargets.Core.Reports;

/// <summary>
/// 红黄绿灯 of a 监控 report, per indicator and for the report (its worst line or its funding):
/// 绿 on track; 黄 a deviation the filer has explained with a reason and a corrective measure and still
/// expects to make good; 红 a deviation left unexplained, or a target the filer says will be missed.
/// </summary>
public enum Signal
{
    /// <summary>绿: on track.</summary>
    Green = 0,

    /// <summary>黄: deviation, explained, with a corrective measure.</summary>
    Yellow = 1,

    /// <summary>红: deviation unexplained, or the annual target will be missed.</summary>
    Red = 2,
}

public static class Signals
{
    public static string Label(this Signal signal) => signal switch
    {
        Signal.Green => "绿",
        Signal.Yellow => "黄",
        Signal.Red => "红",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
    };

    /// <summary>What the light means, for a tooltip or a legend.</summary>
    public static string Meaning(this Signal signal) => signal switch
    {
        Signal.Green => "进度正常",
        Signal.Yellow => "存在偏差，已说明原因和纠偏措施",
        Signal.Red => "存在偏差未说明，或预计不能完成年度目标",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
    };

    public static Signal Worst(IEnumerable<Signal> signals) => signals.DefaultIfEmpty(Signal.Green).Max();
}
