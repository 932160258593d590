using System.Collections.Immutable;
using System.Globalization;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using PlanDsl.Compiler.Syntax.Generated;
using PlanDsl.Compiler.Syntax.Tree;
using P = PlanDsl.Compiler.Syntax.Generated.PlanDslParser;

namespace PlanDsl.Compiler.Syntax;

/// <summary>
/// Builds the immutable syntax tree from ANTLR's parse tree. After syntax errors the parse tree may
/// miss pieces: whatever is missing is skipped (the error is already reported), never dereferenced.
/// </summary>
public sealed class SyntaxTreeBuilder
{
    private readonly SourceFile _file;

    private SyntaxTreeBuilder(SourceFile file) => _file = file;

    public static CompilationUnitSyntax Build(ParseResult parse) =>
        DeepStack.Run(() => new SyntaxTreeBuilder(parse.File).Unit(parse.Tree));

    private CompilationUnitSyntax Unit(P.CompilationUnitContext c)
    {
        var imports = c.importDecl().Where(i => i.STRING() is not null)
            .Select(i => new ImportSyntax(Unquote(i.STRING().GetText()), Span(i), TokenSpans.Of(_file, i.STRING().Symbol))).ToImmutableArray();
        var declarations = c.declaration().Select(Declaration).Where(d => d is not null).Select(d => d!).ToImmutableArray();
        return new CompilationUnitSyntax(_file, imports, declarations, WholeFile(_file));
    }

    /// <summary>A file's span: from its start to the end of its last line, whatever the tokens.</summary>
    public static SourceSpan WholeFile(SourceFile file)
    {
        var lastBreak = file.Text.LastIndexOf('\n');
        var lines = file.Text.AsSpan().Count('\n') + 1;
        return new SourceSpan(file.DisplayPath, 1, 1, lines, file.Text.Length - lastBreak);
    }

    private DeclarationSyntax? Declaration(P.DeclarationContext c)
    {
        if (c.catalogDecl() is { } cat && Name(cat.identifier()) is { } catName)
            return new CatalogSyntax(catName, Text(cat.text()), Block(cat.block(), cat), Span(cat));
        if (c.calendarDecl() is { } cal && cal.identifier().Length > 0 && Name(cal.identifier(0)) is { } calName)
            return new CalendarSyntax(calName, Text(cal.text()), cal.FROM() is not null && cal.identifier().Length > 1 ? Name(cal.identifier(1)) : null, Block(cal.block(), cal), Span(cal));
        if (c.holidaySetDecl() is { } hol && Name(hol.identifier()) is { } holName)
            return new HolidaySetSyntax(holName, Text(hol.text()), hol.holidayEntry().Select(HolidayEntry).Where(e => e is not null).Select(e => e!).ToImmutableArray(),
                hol.property().Select(Property).Where(p => p is not null).Select(p => p!).ToImmutableArray(), Span(hol));
        if (c.severitiesDecl() is { } sev)
            return new SeveritiesSyntax(sev.MOST() is not null, sev.severityEntry().Select(SeverityEntry).Where(e => e is not null).Select(e => e!).ToImmutableArray(), Span(sev));
        if (c.kindsDecl() is { } kinds)
            return new NamedListSyntax(NamedListKind.Kinds, NamedEntries(kinds.namedEntry()), Span(kinds));
        if (c.channelsDecl() is { } channels)
            return new NamedListSyntax(NamedListKind.Channels, NamedEntries(channels.namedEntry()), Span(channels));
        if (c.obligationsDecl() is { } obligations)
            return new NamedListSyntax(NamedListKind.Obligations, NamedEntries(obligations.namedEntry()), Span(obligations));
        if (c.attributesDecl() is { } attrs)
            return new AttributesSyntax(TypedEntries(attrs.typedEntry(), null, null), Span(attrs));
        if (c.entitlementsDecl() is { } ents)
        {
            var entries = new List<TypedEntrySyntax>();
            foreach (var child in ents.children ?? new List<IParseTree>())
            {
                if (child is P.TypedEntryContext t) entries.AddRange(TypedEntries(new[] { t }, null, null));
                else if (child is P.EntitlementGroupContext g && Name(g.identifier()) is { } groupName)
                    entries.AddRange(TypedEntries(g.typedEntry(), groupName, Text(g.text())));
            }
            return new EntitlementsSyntax(entries.ToImmutableArray(), Span(ents));
        }
        if (c.workDecl() is { } work && Name(work.identifier()) is { } workName)
            return new WorkGroupSyntax(workName, Text(work.text()), NamedEntries(work.namedEntry()), Span(work));
        if (c.glossaryDecl() is { } glossary)
            return new GlossarySyntax(glossary.glossaryEntry()
                .Where(g => g.text().Length == 2)
                .Select(g => (Term: Text(g.text(0)), Definition: Text(g.text(1)), Span: Span(g)))
                .Where(g => g.Term is not null && g.Definition is not null)
                .Select(g => new GlossaryEntrySyntax(g.Term!, g.Definition!, g.Span)).ToImmutableArray(), Span(glossary));
        if (c.planDecl() is { } plan && plan.identifier().Length > 0 && Name(plan.identifier(0)) is { } planName)
            return new PlanSyntax(planName, Text(plan.text()), plan.EXTENDS() is not null && plan.identifier().Length > 1 ? Name(plan.identifier(1)) : null, Block(plan.block(), plan), Span(plan));
        if (c.coverageDecl() is { } coverage)
            return new CoverageSyntax(Block(coverage.block(), coverage), Span(coverage));
        if (c.creditsDecl() is { } credits)
            return new CreditsSyntax(Text(credits.text()), Block(credits.block(), credits), Span(credits));
        if (c.matrixDecl() is { } matrix)
            return new MatrixSyntax(Text(matrix.text()), Block(matrix.block(), matrix), Span(matrix));
        return null;
    }

    private HolidayEntrySyntax? HolidayEntry(P.HolidayEntryContext c) => c.holidayDay() switch
    {
        P.FixedDateContext f when f.DATE() is not null => new HolidayEntrySyntax(HolidayDayKind.Fixed, f.DATE().GetText(), 0, Text(c.text()), FromYear(c), Span(c)),
        P.YearlyDateContext y when y.MONTH_DAY() is not null => new HolidayEntrySyntax(HolidayDayKind.Yearly, y.MONTH_DAY().GetText(), 0, Text(c.text()), FromYear(c), Span(c)),
        P.EasterRelativeContext e => new HolidayEntrySyntax(HolidayDayKind.Easter, "easter", EasterOffset(e), Text(c.text()), FromYear(c), Span(c)),
        _ => null,
    };

    private static int? FromYear(P.HolidayEntryContext c) =>
        c.FROM() is not null && c.INT() is { } year && int.TryParse(year.GetText(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? Math.Min(y, 9999) : null;

    private static int EasterOffset(P.EasterRelativeContext e)
    {
        if (e.INT() is null) return 0;
        var n = int.TryParse(e.INT().GetText(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? Math.Min(v, 366) : 366;
        return e.sign?.Type == PlanDslLexer.MINUS ? -n : n;
    }

    private SeverityEntrySyntax? SeverityEntry(P.SeverityEntryContext c)
    {
        if (Name(c.identifier()) is not { } name) return null;
        int? number = null;
        SourceSpan? numberSpan = null;
        if (c.INT() is { } n)
        {
            number = int.TryParse(n.GetText(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : int.MaxValue;
            numberSpan = TokenSpans.Of(_file, n.Symbol);
        }
        return new SeverityEntrySyntax(name, number, numberSpan, Text(c.text()), c.block() is { } b ? Block(b, c) : null, Span(c));
    }

    private ImmutableArray<NamedEntrySyntax> NamedEntries(IEnumerable<P.NamedEntryContext> entries) => entries
        .Select(e => Name(e.identifier()) is { } n ? new NamedEntrySyntax(n, Text(e.text()), e.block() is { } b ? Block(b, e) : null, Span(e)) : null)
        .Where(e => e is not null).Select(e => e!).ToImmutableArray();

    private ImmutableArray<TypedEntrySyntax> TypedEntries(IEnumerable<P.TypedEntryContext> entries, NameSyntax? group, TextSyntax? groupTitle) => entries
        .Select(e => Name(e.identifier()) is { } n && Type(e.typeSpec()) is { } t
            ? new TypedEntrySyntax(n, Text(e.text()), t, e.block() is { } b ? Block(b, e) : null, group, groupTitle, Span(e))
            : null)
        .Where(e => e is not null).Select(e => e!).ToImmutableArray();

    private TypeSyntax? Type(P.TypeSpecContext? c) => c switch
    {
        P.BoolTypeContext b => new TypeSyntax(TypeSyntaxKind.YesNo, null, null, ImmutableArray<ChoiceMemberSyntax>.Empty, Span(b)),
        P.EnumTypeContext e => new TypeSyntax(TypeSyntaxKind.Choice, null, null, e.enumMember()
            .Select(m => Name(m.identifier()) is { } n ? new ChoiceMemberSyntax(n, Text(m.text())) : null)
            .Where(m => m is not null).Select(m => m!).ToImmutableArray(), Span(e)),
        P.NamedTypeContext n when n.identifier().Length > 0 && Name(n.identifier(0)) is { } typeName =>
            new TypeSyntax(TypeSyntaxKind.Named, typeName, n.PER() is not null && n.identifier().Length > 1 ? Name(n.identifier(1)) : null, ImmutableArray<ChoiceMemberSyntax>.Empty, Span(n)),
        _ => null,
    };

    private BlockSyntax Block(P.BlockContext? c, ParserRuleContext owner)
    {
        if (c is null) return BlockSyntax.Empty(Span(owner));
        var members = new List<MemberSyntax>();
        foreach (var m in c.member())
        {
            MemberSyntax? member = m.property() is { } p ? Property(p)
                : m.table() is { } t ? Table(t)
                : m.section() is { } s ? Section(s)
                : m.rule_() is { } r ? Rule(r)
                : null;
            if (member is not null) members.Add(member);
        }
        return new BlockSyntax(members.ToImmutableArray(), Span(c));
    }

    private PropertySyntax? Property(P.PropertyContext c)
    {
        if (c.key() is not { } key || c.COLON() is null) return null;
        var words = key.keyWord().Select(w => new NameSyntax(w.GetText(), Span(w))).ToImmutableArray();
        if (words.Length == 0) return null;
        return new PropertySyntax(words, Text(c.text()), Values(c.valueList()), Span(c));
    }

    private SectionSyntax? Section(P.SectionContext c)
    {
        var ids = c.identifier();
        var hasOn = c.ON() is not null;
        var wordCount = hasOn ? ids.Length - 1 : ids.Length;
        if (wordCount <= 0) return null;
        var words = ids.Take(wordCount).Select(Name).Where(n => n is not null).Select(n => n!).ToImmutableArray();
        var on = hasOn && ids.Length > wordCount ? Name(ids[^1]) : null;
        return new SectionSyntax(words, Text(c.text()), on, Block(c.block(), c), Span(c));
    }

    private TableSyntax Table(P.TableContext c) => new(c.tableRow()
        .Select(r => new TableRowSyntax(r.cell().Select(cell => new CellSyntax(Values(cell.valueList()), CellSpan(cell, r))).ToImmutableArray(), Span(r)))
        .ToImmutableArray(), Span(c));

    // An empty cell has no tokens: place it at the pipe before it.
    private SourceSpan CellSpan(P.CellContext cell, P.TableRowContext row) =>
        cell.Start is not null && cell.Stop is not null && cell.Stop.TokenIndex >= cell.Start.TokenIndex ? Span(cell) : TokenSpans.Of(_file, cell.Start ?? row.Start);

    private RuleSyntax? Rule(P.Rule_Context c)
    {
        if (Outcome(c.outcome()) is not { } outcome) return null;
        if (c.OTHERWISE() is not null) return new RuleSyntax(null, outcome, Span(c));
        return Condition(c.condition()) is { } condition ? new RuleSyntax(condition, outcome, Span(c)) : null;
    }

    private ConditionSyntax? Condition(P.ConditionContext? c)
    {
        switch (c)
        {
            case P.NotConditionContext n:
                return Condition(n.condition()) is { } operand ? new NotConditionSyntax(operand, Span(n)) : null;
            case P.AndConditionContext a:
                return Binary(true, a.condition(), a);
            case P.OrConditionContext o:
                return Binary(false, o.condition(), o);
            case P.ParenConditionContext p:
                return Condition(p.condition());
            case P.CompareConditionContext cmp when Name(cmp.identifier()) is { } attr && cmp.value() is { } v && Value(v) is { } value && cmp.op is not null:
                return new CompareConditionSyntax(attr, cmp.op.Text, value, Span(cmp));
            case P.InListConditionContext inList when Name(inList.identifier()) is { } attr:
                return new InListConditionSyntax(attr, inList.NOT() is not null, Values(inList.valueList()), Span(inList));
            case P.InGroupConditionContext inGroup when inGroup.identifier().Length == 2 && Name(inGroup.identifier(0)) is { } attr && Name(inGroup.identifier(1)) is { } group:
                return new InGroupConditionSyntax(attr, inGroup.NOT() is not null, group, Span(inGroup));
            case P.FlagConditionContext flag when Name(flag.identifier()) is { } attr:
                return new FlagConditionSyntax(attr, Span(flag));
            default:
                return null;
        }
    }

    private ConditionSyntax? Binary(bool isAnd, P.ConditionContext[] operands, ParserRuleContext c) =>
        operands.Length == 2 && Condition(operands[0]) is { } l && Condition(operands[1]) is { } r ? new BinaryConditionSyntax(isAnd, l, r, Span(c)) : null;

    private OutcomeSyntax? Outcome(P.OutcomeContext? c)
    {
        (OutcomeKind kind, P.ReasonContext? reason, P.AmountContext? rate) = c switch
        {
            P.IncludedOutcomeContext i => (OutcomeKind.Included, i.reason(), null),
            P.ExcludedOutcomeContext e => (OutcomeKind.Excluded, e.reason(), null),
            P.RefusedOutcomeContext r => (OutcomeKind.Refused, r.reason(), null),
            P.BillableOutcomeContext b => (OutcomeKind.Billable, b.reason(), b.amount()),
            _ => (OutcomeKind.Included, (P.ReasonContext?)null, (P.AmountContext?)null),
        };
        if (c is null || c is not (P.IncludedOutcomeContext or P.ExcludedOutcomeContext or P.RefusedOutcomeContext or P.BillableOutcomeContext)) return null;
        return new OutcomeSyntax(kind, rate is null ? null : Amount(rate), reason?.identifier() is { } id ? Name(id) : null, reason?.text() is { } t ? Text(t) : null, Span(c));
    }

    private ImmutableArray<ValueSyntax> Values(P.ValueListContext? c) =>
        c is null ? ImmutableArray<ValueSyntax>.Empty : c.value().Select(Value).Where(v => v is not null).Select(v => v!).ToImmutableArray();

    private ValueSyntax? Value(P.ValueContext c)
    {
        var span = Span(c);
        switch (c)
        {
            case P.NoneValueContext: return new NoneValueSyntax(span);
            case P.YesValueContext: return new YesNoValueSyntax(true, span);
            case P.NoValueContext: return new YesNoValueSyntax(false, span);
            case P.UnlimitedValueContext: return new UnlimitedValueSyntax(span);
            case P.BestEffortValueContext b: return new BestEffortValueSyntax(b.identifier() is { } beOn ? Name(beOn) : null, span);
            case P.WhenDoneValueContext: return new WhenDoneValueSyntax(span);
            case P.TwentyFourSevenValueContext: return new AlwaysOpenValueSyntax(span);
            case P.IncludedAmountValueContext i when Amount(i.amount()) is { } a: return new IncludedAmountValueSyntax(a, span);
            case P.AdditionalValueContext add:
                if (add.BILLED() is not null) return new AdditionalValueSyntax(AdditionalKind.Billed, null, span);
                if (add.ALLOWED() is not null) return new AdditionalValueSyntax(AdditionalKind.NotAllowed, null, span);
                return add.amount() is { } price && Amount(price) is { } extra ? new AdditionalValueSyntax(AdditionalKind.Priced, extra, span) : null;
            case P.EveryValueContext e when Amount(e.amount()) is { } a: return new EveryValueSyntax(a, span);
            case P.AmountValueContext a when Amount(a.amount()) is { } amount: return new AmountValueSyntax(amount, a.identifier() is { } amountOn ? Name(amountOn) : null, span);
            case P.PercentValueContext pv:
                var text = pv.PERCENT().GetText();
                return decimal.TryParse(text.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pct)
                    ? new PercentValueSyntax(pct, text, span) : null;
            case P.TextValueContext t when Text(t.text()) is { } txt: return new TextValueSyntax(txt, span);
            case P.DateValueContext d: return new DateValueSyntax(d.DATE().GetText(), span);
            case P.WeeklyHoursValueContext w when w.days?.identifier() is { Length: > 0 } days && Name(days[0]) is { } first:
                return new WeeklyHoursValueSyntax(first, days.Length > 1 ? Name(days[1]) : null,
                    w.timeRange().Where(t => t.TIME().Length == 2).Select(t => new TimeRangeSyntax(t.TIME(0).GetText(), t.TIME(1).GetText(), Span(t))).ToImmutableArray(), span);
            case P.OffsetValueContext o when Name(o.identifier()) is { } b && (o.TIME() ?? o.INT()) is { } off:
                return new OffsetValueSyntax(b, o.sign?.Type == PlanDslLexer.MINUS ? '-' : '+', off.GetText(), span);
            case P.ChainValueContext chain: return new ChainValueSyntax(chain.identifier().Select(Name).Where(n => n is not null).Select(n => n!).ToImmutableArray(), span);
            case P.ListValueContext list: return new ListValueSyntax(Values(list.valueList()), span);
            case P.OnValueContext on: return new OnValueSyntax(Name(on.identifier()), span);
            case P.OnWordValueContext: return new WordsValueSyntax(ImmutableArray.Create(new NameSyntax("on", span)), "on", span);
            case P.WordsValueContext words:
                var names = words.identifier().Select(Name).Where(n => n is not null).Select(n => n!).ToImmutableArray();
                return names.Length == 0 ? null : new WordsValueSyntax(names, JoinWords(words), span);
            default: return null;
        }
    }

    // "status update" and "follow-up": words joined by a space, or by '-' where a hyphen stood.
    private static string JoinWords(P.WordsValueContext c)
    {
        var parts = new List<string>();
        foreach (var child in c.children ?? new List<IParseTree>())
        {
            if (child is P.IdentifierContext id)
            {
                if (parts.Count > 0 && parts[^1] != "-") parts.Add(" ");
                parts.Add(id.GetText());
            }
            else if (child is ITerminalNode t && t.Symbol.Type == PlanDslLexer.MINUS) parts.Add("-");
        }
        return string.Concat(parts);
    }

    private AmountSyntax? Amount(P.AmountContext? c)
    {
        if (c?.number() is not { } n) return null;
        var text = n.GetText();
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        UnitSyntax? unit = null;
        if (c.unit() is { } u)
        {
            var words = new List<NameSyntax>();
            NameSyntax? slash = null;
            var pers = new List<NameSyntax>();
            var afterSlash = false;
            var afterPer = false;
            foreach (var child in u.children ?? new List<IParseTree>())
            {
                if (child is ITerminalNode t)
                {
                    if (t.Symbol.Type == PlanDslLexer.SLASH) afterSlash = true;
                    if (t.Symbol.Type == PlanDslLexer.PER) afterPer = true;
                    continue;
                }
                if (child is not P.IdentifierContext id || Name(id) is not { } name) continue;
                if (afterPer) { pers.Add(name); afterPer = false; }
                else if (afterSlash) { slash = name; afterSlash = false; }
                else words.Add(name);
            }
            unit = new UnitSyntax(words.ToImmutableArray(), slash, pers.ToImmutableArray(), Span(u));
        }
        return new AmountSyntax(value, text, unit, Span(c));
    }

    private TextSyntax? Text(P.TextContext? c)
    {
        if (c is null) return null;
        var parts = new List<TextPart>();
        if ((c.STRING() ?? c.UNTERMINATED_STRING()) is { } s) parts.Add(new TextPart(null, Unquote(s.GetText()), TokenSpans.Of(_file, s.Symbol)));
        foreach (var t in c.translation())
        {
            if (t.LANG() is { } lang && (t.STRING() ?? t.UNTERMINATED_STRING()) is { } str)
                parts.Add(new TextPart(lang.GetText(), Unquote(str.GetText()), TokenSpans.Of(_file, lang.Symbol)));
        }
        return parts.Count == 0 ? null : new TextSyntax(parts.ToImmutableArray(), Span(c));
    }

    private NameSyntax? Name(P.IdentifierContext? c) =>
        c?.Start is null || c.Start.Type == TokenConstants.EOF ? null : new NameSyntax(c.GetText(), Span(c));

    private SourceSpan Span(ParserRuleContext c) => TokenSpans.Of(_file, c);

    /// <summary>The content of a text literal: escapes resolved (see <see cref="TextEscapes"/>); a triple-quoted text dedented, its backslashes as written.</summary>
    public static string Unquote(string literal)
    {
        if (literal.StartsWith("\"\"\"", StringComparison.Ordinal) && literal.Length >= 6)
            return Dedent(literal[3..^3]);
        if (literal.Length < 2) return "";
        return TextEscapes.Unescape(Body(literal));
    }

    /// <summary>
    /// A one-line literal without its quotes. The last quote closes the text unless an odd number of
    /// backslashes escapes it (an unterminated text has no closing quote): <c>"a \\"</c> ends with a backslash.
    /// </summary>
    public static string Body(string literal)
    {
        var backslashes = 0;
        for (var i = literal.Length - 2; i >= 1 && literal[i] == '\\'; i--) backslashes++;
        var closed = literal.Length >= 2 && literal[^1] == '"' && backslashes % 2 == 0;
        return closed ? literal[1..^1] : literal[1..];
    }

    private static string Dedent(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        if (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0])) lines.RemoveAt(0);
        if (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
