using System.Reflection;
using PerfTargets.Core.Declarations;

namespace PerfTargets.Core.Tests.Declarations;

/// <summary>
/// A replacement copies every field of what is declared, present and future, and none of the
/// identity or workflow; taking the state of a live declaration copies exactly those.
/// </summary>
public class DeclarationContentTests
{
    private static readonly string[] NotContent =
        [nameof(Declaration.Id), nameof(Declaration.Status), nameof(Declaration.Review), nameof(Declaration.ConcurrencyStamp), nameof(Declaration.CreatedAt), nameof(Declaration.UpdatedAt)];

    private static IEnumerable<PropertyInfo> Settable() =>
        typeof(Declaration).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    /// <summary>A value of the property's type that no new declaration holds.</summary>
    private static object Distinct(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(string) => "申报内容",
            _ when plain == typeof(int) => 7,
            _ when plain == typeof(DateOnly) => new DateOnly(2023, 1, 1),
            _ when plain.IsEnum => Enum.GetValues(plain).GetValue(1)!,
            _ => Activator.CreateInstance(plain)!, // sections and row lists: a new instance, compared by reference
        };
    }

    [Fact]
    public void Every_content_field_is_copied_and_identity_and_state_are_kept()
    {
        var source = new Declaration();
        foreach (var property in Settable())
        {
            property.SetValue(source, Distinct(property.PropertyType));
        }

        var target = new Declaration { Id = 3, Status = DeclarationStatus.Submitted };
        var (stamp, review) = (target.ConcurrencyStamp, target.Review);

        target.ReplaceContentWith(source);

        foreach (var property in Settable().Where(p => !NotContent.Contains(p.Name)))
        {
            var copied = property.GetValue(target);
            (property.PropertyType.IsValueType || property.PropertyType == typeof(string)
                ? Equals(copied, property.GetValue(source))
                : ReferenceEquals(copied, property.GetValue(source))).ShouldBeTrue($"{property.Name} was not copied");
        }

        target.Id.ShouldBe(3);
        target.Status.ShouldBe(DeclarationStatus.Submitted);
        target.ConcurrencyStamp.ShouldBe(stamp);
        target.Review.ShouldBeSameAs(review);
    }

    [Fact]
    public void Taking_the_state_of_the_live_declaration_copies_identity_and_workflow_and_no_content()
    {
        var live = new Declaration
        {
            Id = 9, Status = DeclarationStatus.Approved, ConcurrencyStamp = Guid.NewGuid(),
            CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), UpdatedAt = new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero),
        };
        var content = new Declaration { ProjectName = "冻结的内容" };

        content.TakeStateOf(live);

        foreach (var name in NotContent)
        {
            var property = typeof(Declaration).GetProperty(name)!;
            (property.PropertyType.IsValueType ? Equals(property.GetValue(content), property.GetValue(live)) : ReferenceEquals(property.GetValue(content), property.GetValue(live)))
                .ShouldBeTrue($"{name} was not taken");
        }

        content.ProjectName.ShouldBe("冻结的内容");
    }

    [Fact]
    public void Rows_are_numbered_in_the_order_they_stand_and_come_back_in_it()
    {
        var declaration = new Declaration
        {
            BudgetLines = [new BudgetLine { Item = "乙", Sequence = 9 }, new BudgetLine { Item = "甲", Sequence = 2 }],
            Indicators = [new Indicator { Name = "二", Sequence = 5 }, new Indicator { Name = "一", Sequence = 5 }],
            Safeguards = [new SystemSafeguard { Category = "制度", Sequence = 0 }],
        };

        declaration.NumberRowsInOrder();
        declaration.BudgetLines.Reverse();
        declaration.PutInFormOrder();

        declaration.BudgetLines.Select(l => (l.Sequence, l.Item)).ShouldBe([(1, "乙"), (2, "甲")]);
        declaration.Indicators.Select(i => (i.Sequence, i.Name)).ShouldBe([(1, "二"), (2, "一")]);
        declaration.Safeguards.Single().Sequence.ShouldBe(1);
    }
}
