// The segmenter govgraph uses: cppjieba's Jieba (word dictionary, HMM model, user dictionary) and
// nothing else. nodejieba's binding builds the same Jieba and, beside it, a TextRank keyword
// extractor that parses the word dictionary and the HMM model a second time — about half of every
// thread's start, for a function govgraph never calls. Same sources (nodejieba's copy of cppjieba),
// same calls (Cut, Tag), same answers: test/unit/segment.test.ts compares the two.
//
// One Jieba per dictionary set for the whole process: cppjieba's Cut and Tag are const and keep no
// state between calls (safe from several threads at once), so worker threads share the dictionary
// the first of them loaded — or that preload() loaded in the background while they started —
// instead of each parsing 5 MB and holding its own copy.
#include <napi.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

// cppjieba's DictTrie with a faster load (see there); cppjieba's own DictTrie.hpp is then skipped
#include "dict-trie.hpp"
#include "cppjieba/Jieba.hpp"

namespace {

struct Paths {
  std::string dict, hmm, user, idf, stop;
  std::string Key() const { return dict + '\0' + hmm + '\0' + user + '\0' + idf + '\0' + stop; }
};

// Never destroyed: a thread may still be cutting while the process exits.
std::mutex* const registry_mutex = new std::mutex();
std::map<std::string, std::shared_ptr<const cppjieba::Jieba>>* const registry = new std::map<std::string, std::shared_ptr<const cppjieba::Jieba>>();

// The process's Jieba for these paths, loaded by the first thread that asks (others wait for it).
std::shared_ptr<const cppjieba::Jieba> SharedJieba(const Paths& p) {
  std::lock_guard<std::mutex> lock(*registry_mutex);
  auto& slot = (*registry)[p.Key()];
  if (!slot) slot = std::make_shared<const cppjieba::Jieba>(p.dict, p.hmm, p.user, p.idf, p.stop);
  return slot;
}

bool ReadPaths(const Napi::CallbackInfo& info, const char* usage, Paths* out) {
  if (info.Length() != 5) {
    Napi::TypeError::New(info.Env(), usage).ThrowAsJavaScriptException();
    return false;
  }
  *out = Paths{info[0].As<Napi::String>(), info[1].As<Napi::String>(), info[2].As<Napi::String>(), info[3].As<Napi::String>(), info[4].As<Napi::String>()};
  return true;
}

// preload(): the dictionary loaded on libuv's thread pool, the promise settled on this thread.
class PreloadWorker : public Napi::AsyncWorker {
 public:
  PreloadWorker(Napi::Env env, Paths paths) : Napi::AsyncWorker(env), paths_(std::move(paths)), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override { SharedJieba(paths_); }
  void OnOK() override { deferred_.Resolve(Napi::Boolean::New(Env(), true)); }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 private:
  Paths paths_;
  Napi::Promise::Deferred deferred_;
};

}  // namespace

class JiebaLite : public Napi::Addon<JiebaLite> {
 public:
  JiebaLite(Napi::Env env, Napi::Object exports) {
    DefineAddon(exports, {
                             InstanceMethod("load", &JiebaLite::Load),
                             InstanceMethod("preload", &JiebaLite::Preload),
                             InstanceMethod("loaded", &JiebaLite::Loaded),
                             InstanceMethod("cut", &JiebaLite::Cut),
                             InstanceMethod("tag", &JiebaLite::Tag),
                         });
  }

 private:
  std::shared_ptr<const cppjieba::Jieba> jieba_;

  // loaded(): how many dictionary sets this process holds (threads share them).
  Napi::Value Loaded(const Napi::CallbackInfo& info) {
    std::lock_guard<std::mutex> lock(*registry_mutex);
    return Napi::Number::New(info.Env(), static_cast<double>(registry->size()));
  }

  bool Ready(const Napi::CallbackInfo& info) {
    if (jieba_) return true;
    Napi::Error::New(info.Env(), "jieba-lite: call load() first").ThrowAsJavaScriptException();
    return false;
  }

  // load(dict, hmmModel, userDict, idf, stopWords): cppjieba wants all five paths.
  Napi::Value Load(const Napi::CallbackInfo& info) {
    Paths paths;
    if (!ReadPaths(info, "jieba-lite: load(dict, hmm, user, idf, stop)", &paths)) return info.Env().Undefined();
    jieba_ = SharedJieba(paths);
    return Napi::Boolean::New(info.Env(), true);
  }

  // preload(dict, hmm, user, idf, stop): a promise; load() with the same paths, on any thread, then finds it loaded.
  Napi::Value Preload(const Napi::CallbackInfo& info) {
    Paths paths;
    if (!ReadPaths(info, "jieba-lite: preload(dict, hmm, user, idf, stop)", &paths)) return info.Env().Undefined();
    auto* worker = new PreloadWorker(info.Env(), std::move(paths));
    Napi::Promise promise = worker->Promise();
    worker->Queue();
    return promise;
  }

  Napi::Value Cut(const Napi::CallbackInfo& info) {
    if (!Ready(info)) return info.Env().Undefined();
    std::string sentence = info[0].As<Napi::String>();
    bool hmm = info.Length() > 1 && info[1].As<Napi::Boolean>();
    std::vector<std::string> words;
    jieba_->Cut(sentence, words, hmm);
    Napi::Array out = Napi::Array::New(info.Env(), words.size());
    for (size_t i = 0; i < words.size(); i++) out.Set(i, Napi::String::New(info.Env(), words[i]));
    return out;
  }

  Napi::Value Tag(const Napi::CallbackInfo& info) {
    if (!Ready(info)) return info.Env().Undefined();
    std::string sentence = info[0].As<Napi::String>();
    std::vector<std::pair<std::string, std::string> > words;
    jieba_->Tag(sentence, words);
    Napi::Array out = Napi::Array::New(info.Env(), words.size());
    for (size_t i = 0; i < words.size(); i++) {
      Napi::Object o = Napi::Object::New(info.Env());
      o.Set("word", Napi::String::New(info.Env(), words[i].first));
      o.Set("tag", Napi::String::New(info.Env(), words[i].second));
      out.Set(i, o);
    }
    return out;
  }
};

NODE_API_ADDON(JiebaLite)
