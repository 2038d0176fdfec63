#include "core/questionnaire/FhirPathExpression.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Meldeklient::Questionnaire {

struct FhirPathExpression::Node
{
    enum class Kind { Resource, Literal, Member, Function, Path, Compare, And, Or };
    Kind kind = Kind::Literal;
    QString name; // member or function name, comparison operator
    QJsonValue literal; // Literal
    std::vector<std::shared_ptr<const Node>> children; // Path: {left, right}; binary: {left, right}; Function: args
};

namespace {

using NodePtr = std::shared_ptr<const FhirPathExpression::Node>;
using Node = FhirPathExpression::Node;

constexpr int maxNesting = 64; // parser recursion bound, so hostile input cannot exhaust the stack

Error unsupported(const QString& what)
{
    return Error {QStringLiteral("fhirpath-unsupported"),
        QCoreApplication::translate("Questionnaire", "Unsupported FHIRPath: %1.").arg(what)};
}

Error syntaxError(const QString& what, qsizetype position)
{
    return Error {QStringLiteral("fhirpath-syntax"),
        QCoreApplication::translate("Questionnaire", "FHIRPath syntax error at position %1: %2.")
            .arg(position)
            .arg(what)};
}

struct Token
{
    enum class Type { Identifier, Variable, String, Number, Symbol, End };
    Type type = Type::End;
    QString text;
    qsizetype position = 0;
};

Result<std::vector<Token>> tokenize(const QString& text)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.position = i;
        if (c.isLetter() || c == u'_' || c == u'%') {
            qsizetype j = i + 1;
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == u'_'))
                ++j;
            token.type = c == u'%' ? Token::Type::Variable : Token::Type::Identifier;
            token.text = text.mid(i, j - i);
            i = j;
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && text.at(j).isDigit())
                ++j;
            if (j + 1 < n && text.at(j) == u'.' && text.at(j + 1).isDigit()) {
                ++j;
                while (j < n && text.at(j).isDigit())
                    ++j;
            }
            token.type = Token::Type::Number;
            token.text = text.mid(i, j - i);
            i = j;
        } else if (c == u'\'') {
            QString value;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                const QChar d = text.at(j);
                if (d == u'\\' && j + 1 < n) {
                    const QChar e = text.at(j + 1);
                    if (e != u'\'' && e != u'\\' && e != u'"')
                        return unsupported(QStringLiteral("escape \\") + e);
                    value += e;
                    j += 2;
                    continue;
                }
                if (d == u'\'') {
                    closed = true;
                    ++j;
                    break;
                }
                value += d;
                ++j;
            }
            if (!closed)
                return syntaxError(QStringLiteral("unterminated string"), i);
            token.type = Token::Type::String;
            token.text = value;
            i = j;
        } else {
            static const QString twoCharacter[] = {QStringLiteral("!="), QStringLiteral("<="), QStringLiteral(">=")};
            token.type = Token::Type::Symbol;
            for (const QString& symbol : twoCharacter) {
                if (QStringView(text).mid(i, 2) == symbol)
                    token.text = symbol;
            }
            if (token.text.isEmpty()) {
                if (QStringLiteral("=<>.(),").contains(c))
                    token.text = QString(c);
                else
                    return unsupported(QStringLiteral("symbol \"") + c + u'"');
            }
            i += token.text.size();
        }
        tokens.push_back(token);
    }
    Token end;
    end.position = n;
    tokens.push_back(end);
    return tokens;
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    Result<NodePtr> parseAll()
    {
        Result<NodePtr> root = parseOr(0);
        if (!root)
            return root;
        if (peek().type != Token::Type::End)
            return syntaxError(QStringLiteral("unexpected \"") + peek().text + u'"', peek().position);
        return root;
    }

private:
    const Token& peek() const { return m_tokens[m_position]; }
    Token take() { return m_tokens[m_position++]; }
    bool atSymbol(QStringView symbol) const { return peek().type == Token::Type::Symbol && peek().text == symbol; }
    bool atKeyword(QStringView word) const { return peek().type == Token::Type::Identifier && peek().text == word; }

    static NodePtr binary(Node::Kind kind, const QString& name, NodePtr left, NodePtr right)
    {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->name = name;
        node->children = {std::move(left), std::move(right)};
        return node;
    }

    Result<NodePtr> parseOr(int depth)
    {
        if (depth > maxNesting)
            return unsupported(QStringLiteral("nesting deeper than %1").arg(maxNesting));
        Result<NodePtr> left = parseAnd(depth);
        while (left && atKeyword(u"or")) {
            take();
            Result<NodePtr> right = parseAnd(depth);
            if (!right)
                return right;
            left = binary(Node::Kind::Or, QStringLiteral("or"), *left, *right);
        }
        if (left && (atKeyword(u"xor") || atKeyword(u"implies")))
            return unsupported(QStringLiteral("operator ") + peek().text);
        return left;
    }

    Result<NodePtr> parseAnd(int depth)
    {
        Result<NodePtr> left = parseComparison(depth);
        while (left && atKeyword(u"and")) {
            take();
            Result<NodePtr> right = parseComparison(depth);
            if (!right)
                return right;
            left = binary(Node::Kind::And, QStringLiteral("and"), *left, *right);
        }
        return left;
    }

    Result<NodePtr> parseComparison(int depth)
    {
        Result<NodePtr> left = parsePath(depth);
        if (!left)
            return left;
        for (QStringView op : {u"=", u"!=", u"<", u">", u"<=", u">="}) {
            if (atSymbol(op)) {
                const QString symbol = take().text;
                Result<NodePtr> right = parsePath(depth);
                if (!right)
                    return right;
                if (peek().type == Token::Type::Symbol && QStringLiteral("=!<>").contains(peek().text.at(0)))
                    return unsupported(QStringLiteral("chained comparison"));
                return binary(Node::Kind::Compare, symbol, *left, *right);
            }
        }
        return left;
    }

    Result<NodePtr> parsePath(int depth)
    {
        Result<NodePtr> left = parseTerm(depth);
        while (left && atSymbol(u".")) {
            take();
            if (peek().type != Token::Type::Identifier)
                return syntaxError(QStringLiteral("a name must follow \".\""), peek().position);
            Result<NodePtr> right = parseInvocation(depth);
            if (!right)
                return right;
            left = binary(Node::Kind::Path, QStringLiteral("."), *left, *right);
        }
        return left;
    }

    Result<NodePtr> parseTerm(int depth)
    {
        const Token& token = peek();
        auto node = std::make_shared<Node>();
        switch (token.type) {
        case Token::Type::Variable:
            if (token.text != u"%resource")
                return unsupported(QStringLiteral("variable ") + token.text);
            take();
            node->kind = Node::Kind::Resource;
            return NodePtr(node);
        case Token::Type::String:
            node->kind = Node::Kind::Literal;
            node->literal = take().text;
            return NodePtr(node);
        case Token::Type::Number: {
            const QString text = take().text;
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (!ok || text.size() > 15)
                return unsupported(QStringLiteral("number ") + text);
            node->kind = Node::Kind::Literal;
            node->literal = value;
            return NodePtr(node);
        }
        case Token::Type::Identifier:
            if (token.text == u"true" || token.text == u"false") {
                node->kind = Node::Kind::Literal;
                node->literal = take().text == u"true";
                return NodePtr(node);
            }
            return parseInvocation(depth);
        case Token::Type::Symbol:
            if (token.text == u"(") {
                take();
                Result<NodePtr> inner = parseOr(depth + 1);
                if (!inner)
                    return inner;
                if (!atSymbol(u")"))
                    return syntaxError(QStringLiteral("missing \")\""), peek().position);
                take();
                return inner;
            }
            return syntaxError(QStringLiteral("unexpected \"") + token.text + u'"', token.position);
        case Token::Type::End:
            return syntaxError(QStringLiteral("unexpected end"), token.position);
        }
        return syntaxError(QStringLiteral("unexpected token"), token.position);
    }

    Result<NodePtr> parseInvocation(int depth)
    {
        const Token name = take();
        auto node = std::make_shared<Node>();
        node->name = name.text;
        if (!atSymbol(u"(")) {
            static const QStringList members
                = {QStringLiteral("item"), QStringLiteral("answer"), QStringLiteral("linkId"), QStringLiteral("text")};
            if (!members.contains(name.text))
                return unsupported(QStringLiteral("element ") + name.text);
            node->kind = Node::Kind::Member;
            return NodePtr(node);
        }
        take();
        node->kind = Node::Kind::Function;
        std::vector<NodePtr> arguments;
        if (!atSymbol(u")")) {
            while (true) {
                Result<NodePtr> argument = parseOr(depth + 1);
                if (!argument)
                    return argument;
                arguments.push_back(*argument);
                if (!atSymbol(u","))
                    break;
                take();
            }
        }
        if (!atSymbol(u")"))
            return syntaxError(QStringLiteral("missing \")\""), peek().position);
        take();
        const bool takesOneArgument = name.text == u"where" || name.text == u"repeat";
        const bool takesNoArgument = name.text == u"hasValue" || name.text == u"count" || name.text == u"exists"
            || name.text == u"empty" || name.text == u"not";
        if (!takesOneArgument && !takesNoArgument)
            return unsupported(QStringLiteral("function ") + name.text + u"()");
        if (arguments.size() != (takesOneArgument ? 1u : 0u))
            return unsupported(QStringLiteral("%1() with %2 arguments").arg(name.text).arg(arguments.size()));
        node->children = std::move(arguments);
        return NodePtr(node);
    }

    std::vector<Token> m_tokens;
    std::size_t m_position = 0;
};

// Three-valued logic: a singleton boolean is its value, an empty collection is unknown, any other singleton is true.
std::optional<bool> toLogical(const QJsonArray& collection)
{
    if (collection.isEmpty())
        return std::nullopt;
    if (collection.size() == 1 && collection.at(0).isBool())
        return collection.at(0).toBool();
    return true;
}

QJsonArray logical(std::optional<bool> value)
{
    return value ? QJsonArray {*value} : QJsonArray {};
}

bool hasValue(const QJsonValue& element)
{
    if (element.isString() || element.isDouble() || element.isBool())
        return true;
    if (!element.isObject())
        return false;
    const QJsonObject object = element.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().size() > 5 && it.key().startsWith(u"value") && it.key().at(5).isUpper())
            return true;
    }
    return false;
}

std::optional<int> compareValues(const QJsonValue& left, const QJsonValue& right)
{
    if (left.isDouble() && right.isDouble())
        return left.toDouble() < right.toDouble() ? -1 : (left.toDouble() > right.toDouble() ? 1 : 0);
    if (left.isString() && right.isString())
        return QString::compare(left.toString(), right.toString());
    return std::nullopt;
}

QJsonArray evaluateNode(const Node& node, const QJsonArray& input, const QJsonObject& resource)
{
    switch (node.kind) {
    case Node::Kind::Resource:
        return QJsonArray {resource};
    case Node::Kind::Literal:
        return QJsonArray {node.literal};
    case Node::Kind::Member: {
        QJsonArray output;
        for (const QJsonValue& element : input) {
            const QJsonValue member = element.toObject().value(node.name);
            if (member.isArray()) {
                for (const QJsonValue& child : member.toArray())
                    output.append(child);
            } else if (!member.isUndefined() && !member.isNull()) {
                output.append(member);
            }
        }
        return output;
    }
    case Node::Kind::Path:
        return evaluateNode(*node.children[1], evaluateNode(*node.children[0], input, resource), resource);
    case Node::Kind::Function: {
        if (node.name == u"where") {
            QJsonArray output;
            for (const QJsonValue& element : input) {
                if (toLogical(evaluateNode(*node.children[0], QJsonArray {element}, resource)) == true)
                    output.append(element);
            }
            return output;
        }
        if (node.name == u"repeat") {
            // JSON is a tree, so this terminates: every round descends one level.
            QJsonArray output;
            QJsonArray frontier = input;
            while (!frontier.isEmpty()) {
                QJsonArray next;
                for (const QJsonValue& element : frontier) {
                    const QJsonArray found = evaluateNode(*node.children[0], QJsonArray {element}, resource);
                    for (const QJsonValue& value : found) {
                        output.append(value);
                        next.append(value);
                    }
                }
                frontier = next;
            }
            return output;
        }
        if (node.name == u"hasValue") {
            for (const QJsonValue& element : input) {
                if (hasValue(element))
                    return QJsonArray {true};
            }
            return QJsonArray {false};
        }
        if (node.name == u"count")
            return QJsonArray {input.size()};
        if (node.name == u"exists")
            return QJsonArray {!input.isEmpty()};
        if (node.name == u"empty")
            return QJsonArray {input.isEmpty()};
        // not()
        const std::optional<bool> value = toLogical(input);
        return logical(value ? std::optional<bool>(!*value) : std::nullopt);
    }
    case Node::Kind::Compare: {
        const QJsonArray left = evaluateNode(*node.children[0], input, resource);
        const QJsonArray right = evaluateNode(*node.children[1], input, resource);
        if (left.isEmpty() || right.isEmpty())
            return {};
        if (node.name == u"=" || node.name == u"!=") {
            const bool equal = left == right;
            return QJsonArray {node.name == u"=" ? equal : !equal};
        }
        if (left.size() != 1 || right.size() != 1)
            return {};
        const std::optional<int> order = compareValues(left.at(0), right.at(0));
        if (!order)
            return {};
        if (node.name == u"<")
            return QJsonArray {*order < 0};
        if (node.name == u">")
            return QJsonArray {*order > 0};
        if (node.name == u"<=")
            return QJsonArray {*order <= 0};
        return QJsonArray {*order >= 0};
    }
    case Node::Kind::And: {
        const std::optional<bool> left = toLogical(evaluateNode(*node.children[0], input, resource));
        const std::optional<bool> right = toLogical(evaluateNode(*node.children[1], input, resource));
        if (left == false || right == false)
            return QJsonArray {false};
        return logical(left && right ? std::optional<bool>(true) : std::nullopt);
    }
    case Node::Kind::Or: {
        const std::optional<bool> left = toLogical(evaluateNode(*node.children[0], input, resource));
        const std::optional<bool> right = toLogical(evaluateNode(*node.children[1], input, resource));
        if (left == true || right == true)
            return QJsonArray {true};
        return logical(left && right ? std::optional<bool>(false) : std::nullopt);
    }
    }
    return {};
}

} // namespace

Result<FhirPathExpression> FhirPathExpression::parse(const QString& text)
{
    Result<std::vector<Token>> tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    Parser parser(std::move(tokens).value());
    Result<NodePtr> root = parser.parseAll();
    if (!root)
        return root.error();
    FhirPathExpression expression;
    expression.m_root = *root;
    expression.m_text = text;
    return expression;
}

QJsonArray FhirPathExpression::evaluate(const QJsonObject& resource) const
{
    if (!m_root)
        return {};
    return evaluateNode(*m_root, QJsonArray {resource}, resource);
}

bool FhirPathExpression::isTrue(const QJsonObject& resource) const
{
    const QJsonArray result = evaluate(resource);
    return result.size() == 1 && result.at(0).isBool() && result.at(0).toBool();
}

} // namespace Meldeklient::Questionnaire
