// The segmenter govgraph uses: cppjieba's Jieba (word dictionary, HMM model, user dictionary) and
// nothing else. nodejieba's binding builds the same Jieba and, beside it, a TextRank keyword
// extractor that parses the word dictionary and the HMM model a second time — about half of every
// thread's start, for a function govgraph never calls. Same sources (nodejieba's copy of cppjieba),
// same calls (Cut, Tag), same answers: test/unit/segment.test.ts compares the two.
#include <napi.h>

#include "cppjieba/Jieba.hpp"

class JiebaLite : public Napi::Addon<JiebaLite> {
 public:
  JiebaLite(Napi::Env env, Napi::Object exports) {
    DefineAddon(exports, {
                             InstanceMethod("load", &JiebaLite::Load),
                             InstanceMethod("cut", &JiebaLite::Cut),
                             InstanceMethod("tag", &JiebaLite::Tag),
                         });
  }
  ~JiebaLite() { delete jieba_; }

 private:
  cppjieba::Jieba* jieba_ = nullptr;

  bool Loaded(const Napi::CallbackInfo& info) {
    if (jieba_) return true;
    Napi::Error::New(info.Env(), "jieba-lite: call load() first").ThrowAsJavaScriptException();
    return false;
  }

  // load(dict, hmmModel, userDict, idf, stopWords): cppjieba wants all five paths.
  Napi::Value Load(const Napi::CallbackInfo& info) {
    if (info.Length() != 5) {
      Napi::TypeError::New(info.Env(), "jieba-lite: load(dict, hmm, user, idf, stop)").ThrowAsJavaScriptException();
      return info.Env().Undefined();
    }
    std::string dict = info[0].As<Napi::String>();
    std::string hmm = info[1].As<Napi::String>();
    std::string user = info[2].As<Napi::String>();
    std::string idf = info[3].As<Napi::String>();
    std::string stop = info[4].As<Napi::String>();
    delete jieba_;
    jieba_ = new cppjieba::Jieba(dict, hmm, user, idf, stop);
    return Napi::Boolean::New(info.Env(), true);
  }

  Napi::Value Cut(const Napi::CallbackInfo& info) {
    if (!Loaded(info)) return info.Env().Undefined();
    std::string sentence = info[0].As<Napi::String>();
    bool hmm = info.Length() > 1 && info[1].As<Napi::Boolean>();
    std::vector<std::string> words;
    jieba_->Cut(sentence, words, hmm);
    Napi::Array out = Napi::Array::New(info.Env(), words.size());
    for (size_t i = 0; i < words.size(); i++) out.Set(i, Napi::String::New(info.Env(), words[i]));
    return out;
  }

  Napi::Value Tag(const Napi::CallbackInfo& info) {
    if (!Loaded(info)) return info.Env().Undefined();
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
