// A tiny XML 1.0 reader for the export tests: checks well-formedness (one root, tags
// that match, quoted attributes without duplicates, only the five predefined entities
// and character references, only characters XML allows, valid UTF-8) and returns the
// element tree. Throws std::runtime_error naming the byte offset of the first problem.
// Not a full parser: no DTD, no CDATA, no namespaces processing.
#pragma once

#include <cctype>
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mini_xml {

struct Element {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::vector<std::unique_ptr<Element>> children;
  std::string text;  // the concatenated character data directly inside

  std::vector<const Element*> all(std::string_view child_name) const {
    std::vector<const Element*> out;
    for (const auto& c : children)
      if (c->name == child_name) out.push_back(c.get());
    return out;
  }
  const Element* first(std::string_view child_name) const {
    for (const auto& c : children)
      if (c->name == child_name) return c.get();
    return nullptr;
  }
  std::string attr(const std::string& key) const {
    const auto it = attributes.find(key);
    return it == attributes.end() ? std::string() : it->second;
  }
};

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  std::unique_ptr<Element> document() {
    if (s_.substr(0, 5) == "<?xml") {
      const auto end = s_.find("?>");
      if (end == std::string_view::npos) fail("unterminated XML declaration");
      i_ = end + 2;
    }
    misc();
    if (i_ >= s_.size() || s_[i_] != '<') fail("no root element");
    auto root = element();
    misc();
    if (i_ != s_.size()) fail("content after the root element");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw std::runtime_error("XML not well-formed at byte " + std::to_string(i_) + ": " + why);
  }
  bool starts(std::string_view p) const { return s_.substr(i_, p.size()) == p; }
  static bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  void skip_space() {
    while (i_ < s_.size() && space(s_[i_])) ++i_;
  }
  // whitespace and comments outside the root
  void misc() {
    for (;;) {
      skip_space();
      if (starts("<!--"))
        comment();
      else
        return;
    }
  }
  void comment() {
    const auto end = s_.find("-->", i_ + 4);
    if (end == std::string_view::npos) fail("unterminated comment");
    if (s_.substr(i_ + 4, end - i_ - 4).find("--") != std::string_view::npos) fail("-- inside a comment");
    i_ = end + 3;
  }
  static bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':' ||
           c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
  }
  std::string name() {
    const std::size_t start = i_;
    if (i_ >= s_.size() || !name_char(s_[i_]) || (s_[i_] >= '0' && s_[i_] <= '9') || s_[i_] == '-' || s_[i_] == '.')
      fail("bad name");
    while (i_ < s_.size() && name_char(s_[i_])) ++i_;
    return std::string(s_.substr(start, i_ - start));
  }
  // One character of text (decoded UTF-8), checked against XML 1.0's Char production.
  void character(std::string& out) {
    const auto b = [&](std::size_t k) { return static_cast<std::uint8_t>(s_[k]); };
    const std::uint8_t c = b(i_);
    std::size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i_ + n > s_.size()) fail("invalid UTF-8");
    std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      if ((b(i_ + k) & 0xC0) != 0x80) fail("invalid UTF-8");
      cp = (cp << 6) | (b(i_ + k) & 0x3F);
    }
    const std::uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[n]) fail("overlong UTF-8");
    allowed(cp);
    out.append(s_.substr(i_, n));
    i_ += n;
  }
  void allowed(std::uint32_t cp) const {
    const bool ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                    (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!ok) fail("character U+" + std::to_string(cp) + " is not allowed in XML");
  }
  static void encode(std::uint32_t cp, std::string& out) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  void reference(std::string& out) {
    const auto end = s_.find(';', i_);
    if (end == std::string_view::npos) fail("unterminated reference");
    const std::string_view ref = s_.substr(i_ + 1, end - i_ - 1);
    if (ref == "amp")
      out += '&';
    else if (ref == "lt")
      out += '<';
    else if (ref == "gt")
      out += '>';
    else if (ref == "quot")
      out += '"';
    else if (ref == "apos")
      out += '\'';
    else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x';
      const std::string digits(ref.substr(hex ? 2 : 1));
      if (digits.empty()) fail("empty character reference");
      for (char d : digits)
        if (!(std::isdigit(static_cast<unsigned char>(d)) || (hex && std::isxdigit(static_cast<unsigned char>(d)))))
          fail("bad character reference");
      const auto cp = static_cast<std::uint32_t>(std::stoul(digits, nullptr, hex ? 16 : 10));
      allowed(cp);
      encode(cp, out);
    } else {
      fail("unknown entity &" + std::string(ref) + ";");
    }
    i_ = end + 1;
  }
  std::string attribute_value() {
    if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) fail("attribute value not quoted");
    const char quote = s_[i_++];
    std::string value;
    while (i_ < s_.size() && s_[i_] != quote) {
      if (s_[i_] == '<') fail("< in an attribute value");
      if (s_[i_] == '&')
        reference(value);
      else
        character(value);
    }
    if (i_ >= s_.size()) fail("unterminated attribute value");
    ++i_;
    return value;
  }
  std::unique_ptr<Element> element() {
    ++i_;  // '<'
    auto e = std::make_unique<Element>();
    e->name = name();
    for (;;) {
      const bool had_space = i_ < s_.size() && space(s_[i_]);
      skip_space();
      if (starts("/>")) {
        i_ += 2;
        return e;
      }
      if (starts(">")) {
        ++i_;
        break;
      }
      if (!had_space) fail("attributes must be separated by space");
      const std::string key = name();
      skip_space();
      if (!starts("=")) fail("attribute without =");
      ++i_;
      skip_space();
      if (!e->attributes.emplace(key, attribute_value()).second) fail("duplicate attribute " + key);
    }
    for (;;) {
      if (i_ >= s_.size()) fail("unclosed element " + e->name);
      if (starts("</")) {
        i_ += 2;
        if (name() != e->name) fail("closing tag does not match " + e->name);
        skip_space();
        if (!starts(">")) fail("bad closing tag");
        ++i_;
        return e;
      }
      if (starts("<!--")) {
        comment();
      } else if (starts("<![CDATA[") || starts("<?") || starts("<!")) {
        fail("unsupported markup");
      } else if (s_[i_] == '<') {
        e->children.push_back(element());
      } else if (s_[i_] == '&') {
        reference(e->text);
      } else {
        if (starts("]]>")) fail("]]> in text");
        character(e->text);
      }
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

inline std::unique_ptr<Element> parse(std::string_view text) { return Reader(text).document(); }

}  // namespace mini_xml
