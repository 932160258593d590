using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>One value an example ticket may give an attribute, and how a finding shows it.</summary>
internal sealed record AttributeSample(RuleLiteral Value, string Shown);
