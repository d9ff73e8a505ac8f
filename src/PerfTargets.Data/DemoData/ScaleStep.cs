namespace PerfTargets.Data.DemoData;

/// <summary>A step of the workflow a seeded declaration goes through, as a user takes it in the application.</summary>
public enum ScaleStep
{
    /// <summary>提交, by the department's filer.</summary>
    Submit,

    /// <summary>审核通过, by a reviewer of the section whose turn it is.</summary>
    Approve,

    /// <summary>审核通过 by each section in turn until 已批复.</summary>
    ApproveToEnd,

    /// <summary>退回, with an opinion, by the section whose turn it is.</summary>
    Return,

    /// <summary>The filer saves what the returning section asked for (项目负责人 and 联系电话).</summary>
    Fix,
}
