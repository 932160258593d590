// PlanDsl: support plans as code.
// Newlines end statements; blank lines and comments are free. Tables are rows of '|' cells.
// Keywords are "soft": most of them may also be used as names (see `identifier`).
grammar PlanDsl;

// ---------------------------------------------------------------- files

compilationUnit : (NL | importDecl | declaration)* EOF ;

importDecl : IMPORT STRING ;

declaration
    : catalogDecl
    | calendarDecl
    | holidaySetDecl
    | severitiesDecl
    | kindsDecl
    | channelsDecl
    | attributesDecl
    | entitlementsDecl
    | workDecl
    | obligationsDecl
    | glossaryDecl
    | planDecl
    | coverageDecl
    | creditsDecl
    | matrixDecl
    ;

// A block holds members, one a line; a ';' may also separate members.
block : LBRACE (NL | SEMI)* (member ((NL | SEMI)+ member)* (NL | SEMI)*)? RBRACE ;

member
    : property
    | table
    | section
    | rule_
    ;

// key "optional label": value, value ...      e.g.  uptime target: 99.999%
property : key text? COLON valueList? ;

key : keyWord+ ;

keyWord : identifier | INCLUDED | EXCLUDED | BILLABLE | REFUSED | NOT | ON | EVERY | UNLIMITED ;

// A named sub-block:  targets on business_hours { ... },  channels { ... },  group x "Text" { ... }
section : identifier+ text? (ON identifier)? NL* block ;

// ---------------------------------------------------------------- declarations

catalogDecl : CATALOG identifier text? NL* block ;

calendarDecl : CALENDAR identifier text? (FROM identifier)? NL* block ;

holidaySetDecl : HOLIDAYS identifier text? NL* LBRACE (NL | SEMI | holidayEntry | property)* RBRACE ;

// A holiday; "from 2025" when it was introduced in that year.
holidayEntry : holidayDay (FROM INT)? COLON? text ;

holidayDay
    : DATE                                  # fixedDate
    | MONTH_DAY                             # yearlyDate
    | EASTER (sign=(PLUS | MINUS) INT)?     # easterRelative
    ;

severitiesDecl : SEVERITIES (MOST URGENT FIRST)? NL* LBRACE (NL | SEMI | severityEntry)* RBRACE ;

severityEntry : identifier (EQUALS INT)? text? (NL* block)? ;

kindsDecl : KINDS NL* LBRACE (NL | SEMI | namedEntry)* RBRACE ;

channelsDecl : CHANNELS NL* LBRACE (NL | SEMI | namedEntry)* RBRACE ;

// name "Display text" { optional properties }
namedEntry : identifier text? (NL* block)? ;

attributesDecl : ATTRIBUTES NL* LBRACE (NL | SEMI | typedEntry)* RBRACE ;

entitlementsDecl : ENTITLEMENTS NL* LBRACE (NL | SEMI | typedEntry | entitlementGroup)* RBRACE ;

entitlementGroup : GROUP identifier text? NL* LBRACE (NL | SEMI | typedEntry)* RBRACE ;

// name "Display text": type { optional properties }
typedEntry : identifier text? COLON typeSpec (NL* block)? ;

typeSpec
    : YES SLASH NO                                          # boolType
    | ONE OF enumMember (COMMA NL* enumMember)*             # enumType
    | identifier (PER identifier)?                          # namedType
    ;

enumMember : identifier text? ;

workDecl : WORK identifier text? NL* LBRACE (NL | SEMI | namedEntry)* RBRACE ;

obligationsDecl : OBLIGATIONS NL* LBRACE (NL | SEMI | namedEntry)* RBRACE ;

glossaryDecl : GLOSSARY NL* LBRACE (NL | SEMI | glossaryEntry)* RBRACE ;

glossaryEntry : text COLON NL* text ;

planDecl : PLAN identifier text? (EXTENDS identifier)? NL* block ;

coverageDecl : COVERAGE NL* block ;

creditsDecl : CREDITS text? NL* block ;

// A cross-plan table: one column a plan, as the seeds print them.
matrixDecl : MATRIX text? NL* block ;

// ---------------------------------------------------------------- tables

table : tableRow (NL+ (tableRow | TABLE_RULE))* ;

tableRow : PIPE (cell PIPE)+ ;

cell : valueList? ;

// ---------------------------------------------------------------- rules

// when <condition> -> <outcome>      otherwise -> <outcome>
rule_ : (WHEN condition | OTHERWISE) ARROW outcome ;

condition
    : NOT condition                                         # notCondition
    | condition AND condition                               # andCondition
    | condition OR condition                                # orCondition
    | LPAREN condition RPAREN                               # parenCondition
    | identifier op=(EQUALS | NOTEQUALS | LT | LE | GT | GE) value   # compareCondition
    | identifier NOT? IN LBRACK valueList RBRACK            # inListCondition
    | identifier NOT? IN identifier                         # inGroupCondition
    | identifier                                            # flagCondition
    ;

outcome
    : INCLUDED reason?                                      # includedOutcome
    | EXCLUDED reason?                                      # excludedOutcome
    | REFUSED reason?                                       # refusedOutcome
    | BILLABLE (AT amount)? reason?                         # billableOutcome
    ;

reason : identifier | text ;

// ---------------------------------------------------------------- values

valueList : value (COMMA NL* value)* ;

value
    : MINUS                                                 # noneValue
    | YES                                                   # yesValue
    | NO                                                    # noValue
    | UNLIMITED                                             # unlimitedValue
    | BEST EFFORT (ON identifier)?                          # bestEffortValue
    | WHEN DONE                                             # whenDoneValue
    | TWENTY_FOUR_SEVEN                                     # twentyFourSevenValue
    | amount INCLUDED                                       # includedAmountValue
    | ADDITIONAL (BILLED | NOT ALLOWED | AT amount)          # additionalValue
    | EVERY amount                                          # everyValue
    | amount (ON identifier)?                               # amountValue
    | PERCENT                                               # percentValue
    | text                                                  # textValue
    | DATE                                                  # dateValue
    | days=dayRange timeRange+                              # weeklyHoursValue
    | identifier sign=(PLUS | MINUS) (TIME | INT)           # offsetValue
    | identifier (LT identifier)+                           # chainValue
    | LBRACK NL* valueList? NL* RBRACK                      # listValue
    | ON identifier                                         # onValue
    | ON                                                    # onWordValue
    | identifier (MINUS? identifier)*                       # wordsValue
    ;

// 30 min   4 h   5 business days   100 EUR/h   300.00 PLN per month   0.0002 PLN per GB per hour   60
amount : number unit? ;

unit : identifier+ (SLASH identifier)? (PER identifier)* | (PER identifier)+ ;

number : INT | DECIMAL ;

dayRange : identifier MINUS identifier | identifier ;

timeRange : TIME MINUS TIME ;

// "Critical" pl "Krytyczny" fr "Critique"     (translations may continue on the next lines)
text : (STRING | UNTERMINATED_STRING) translation* | translation+ ;

translation : NL* LANG (STRING | UNTERMINATED_STRING) ;

// Keywords may be used as names, except those that start a value or a rule, and the
// connectives of conditions (and, or, in, not) and "per" (units).
identifier
    : ID | LANG
    | CATALOG | CALENDAR | HOLIDAYS | SEVERITIES | KINDS | CHANNELS | ATTRIBUTES | ENTITLEMENTS
    | WORK | OBLIGATIONS | GLOSSARY | PLAN | COVERAGE | CREDITS | MATRIX | GROUP | FROM | EXTENDS
    | EASTER | MOST | URGENT | FIRST | ONE | OF | AT | DONE | EFFORT
    | BILLED | ALLOWED | IMPORT | ALWAYS
    ;

// ---------------------------------------------------------------- lexer

IMPORT       : 'import' ;
CATALOG      : 'catalog' ;
CALENDAR     : 'calendar' ;
HOLIDAYS     : 'holidays' ;
SEVERITIES   : 'severities' ;
KINDS        : 'kinds' ;
CHANNELS     : 'channels' ;
ATTRIBUTES   : 'attributes' ;
ENTITLEMENTS : 'entitlements' ;
WORK         : 'work' ;
OBLIGATIONS  : 'obligations' ;
GLOSSARY     : 'glossary' ;
PLAN         : 'plan' ;
COVERAGE     : 'coverage' ;
CREDITS      : 'credits' ;
MATRIX       : 'matrix' ;
GROUP        : 'group' ;
FROM         : 'from' ;
EXTENDS      : 'extends' ;
EASTER       : 'easter' ;
MOST         : 'most' ;
URGENT       : 'urgent' ;
FIRST        : 'first' ;
ONE          : 'one' ;
OF           : 'of' ;
PER          : 'per' ;
ON           : 'on' ;
IN           : 'in' ;
WHEN         : 'when' ;
OTHERWISE    : 'otherwise' ;
AND          : 'and' ;
OR           : 'or' ;
NOT          : 'not' ;
INCLUDED     : 'included' ;
EXCLUDED     : 'excluded' ;
REFUSED      : 'refused' ;
BILLABLE     : 'billable' ;
BILLED       : 'billed' ;
ADDITIONAL   : 'additional' ;
ALLOWED      : 'allowed' ;
AT           : 'at' ;
EVERY        : 'every' ;
BEST         : 'best' ;
EFFORT       : 'effort' ;
DONE         : 'done' ;
YES          : 'yes' ;
NO           : 'no' ;
UNLIMITED    : 'unlimited' ;
ALWAYS       : 'always' ;

TWENTY_FOUR_SEVEN : '24/7' ('/365')? ;
DATE         : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
MONTH_DAY    : DIGIT DIGIT '-' DIGIT DIGIT ;
TIME         : DIGIT DIGIT? ':' DIGIT DIGIT ;
PERCENT      : DIGIT+ ('.' DIGIT+)? '%' ;
DECIMAL      : DIGIT+ '.' DIGIT+ ;
INT          : DIGIT+ ;

// A Markdown-style separator row:  |---|:---:|
TABLE_RULE   : '|' ([ \t]* ':'? '-' '-' '-'+ ':'? [ \t]* '|')+ ;

ARROW        : '->' ;
NOTEQUALS    : '!=' ;
LE           : '<=' ;
GE           : '>=' ;
LT           : '<' ;
GT           : '>' ;
EQUALS       : '=' ;
COLON        : ':' ;
SEMI         : ';' ;
COMMA        : ',' ;
PIPE         : '|' ;
SLASH        : '/' ;
PLUS         : '+' ;
MINUS        : '-' ;
LBRACE       : '{' ;
RBRACE       : '}' ;
LBRACK       : '[' ;
RBRACK       : ']' ;
LPAREN       : '(' ;
RPAREN       : ')' ;

// Two lowercase letters, optionally a region: a language tag before a translated text (pl, fr, en-GB).
LANG         : [a-z] [a-z] ('-' [A-Z] [A-Z])? ;
ID           : [\p{L}_] [\p{L}\p{N}_]* ;

STRING       : '"' (~["\\\r\n] | '\\' .)* '"'
             | '"""' .*? '"""'
             ;

// A text whose closing quote is missing: reported once (PD0008), then read as if closed at the line's end.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' .)* ;

NL           : ('\r'? '\n' | '\r')+ ;
WS           : [ \t\u00A0\uFEFF]+ -> channel(HIDDEN) ;
LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN) ;

// Anything else is one bad character: reported once (PD0002) and otherwise skipped.
BAD_CHAR     : . -> channel(HIDDEN) ;

fragment DIGIT : [0-9] ;
