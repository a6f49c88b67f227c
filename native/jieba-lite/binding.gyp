{
  "targets": [{
    "target_name": "jieba_lite",
    "sources": ["jieba-lite.cpp"],
    "cflags!": ["-fno-exceptions"],
    "cflags_cc!": ["-fno-exceptions"],
    "cflags": ["-DLOGGING_LEVEL=LL_WARNING"],
    "include_dirs": [
      "<!(node -p \"require('node-addon-api').include_dir\")",
      "<!(node -p \"require('path').dirname(require.resolve('nodejieba/package.json'))\")/submodules/cppjieba/include",
      "<!(node -p \"require('path').dirname(require.resolve('nodejieba/package.json'))\")/submodules/cppjieba/deps/limonp/include"
    ]
  }]
}
