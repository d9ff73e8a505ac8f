using System.Linq.Expressions;

namespace PerfTargets.Core.Review;

/// <summary>
/// 被退回: a draft a reviewer sent back to its filer, to revise and resubmit. Written once, as an
/// expression, so that the database counts and filters by it and a page asks it of one declaration
/// by the very same rule.
/// </summary>
public static class ReturnedDrafts
{
    private static readonly Expression<Func<DeclarationStatus, ReviewPosition, bool>> Rule =
        (status, review) => status == DeclarationStatus.Draft && review.ReturnedBySectionId != null;

    private static readonly Func<DeclarationStatus, ReviewPosition, bool> Test = Rule.Compile();

    /// <summary>The rule over a stored declaration's columns, for a query.</summary>
    public static Expression<Func<Declaration, bool>> Query { get; } = OverDeclaration(Rule);

    /// <summary>Whether the filer has it back from a reviewer, to revise.</summary>
    public static bool IsReturned(DeclarationStatus status, ReviewPosition? review) => review is not null && Test(status, review);

    /// <summary>Only the returned ones, or (<paramref name="returned"/> false) only those that are not.</summary>
    public static IQueryable<Declaration> WhereReturned(this IQueryable<Declaration> declarations, bool returned = true) =>
        declarations.Where(returned ? Query : Expression.Lambda<Func<Declaration, bool>>(Expression.Not(Query.Body), Query.Parameters));

    private static Expression<Func<Declaration, bool>> OverDeclaration(Expression<Func<DeclarationStatus, ReviewPosition, bool>> rule)
    {
        var declaration = Expression.Parameter(typeof(Declaration), "d");
        var body = new Substitution(new()
        {
            [rule.Parameters[0]] = Expression.Property(declaration, nameof(Declaration.Status)),
            [rule.Parameters[1]] = Expression.Property(declaration, nameof(Declaration.Review)),
        }).Visit(rule.Body);
        return Expression.Lambda<Func<Declaration, bool>>(body, declaration);
    }

    /// <summary>Puts the declaration's members where the rule has its parameters.</summary>
    private sealed class Substitution(Dictionary<ParameterExpression, Expression> members) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            members.TryGetValue(node, out var member) ? member : node;
    }
}
