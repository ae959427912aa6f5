#include "report/run.hpp"

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace ig_cli::report {

ig::model load_with_data(const std::string& path, const std::vector<std::string>& data) {
  ig::model model = ig::model::load(path);
  if (data.empty()) return model;
  ig::builder builder = ig::builder::from_model(model);
  std::vector<const char*> files;
  for (const auto& f : data) files.push_back(f.c_str());
  ig_import_result* raw = nullptr;
  ig::check(ig_builder_import_kolada(&raw, builder.get(), files.data(), files.size()));
  ig::detail::copy_import(raw);  // takes ownership and releases the result
  return builder.freeze();
}

void write_file(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
      std::remove(tmp.c_str());
      throw std::runtime_error("cannot write " + path);
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw std::runtime_error("cannot write " + path);
  }
}

}  // namespace ig_cli::report
