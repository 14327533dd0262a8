import { defineStrings } from '../define';

/** What the viewer says about a model beyond loading it: failures that are not the file's, and notes. */
export default defineStrings({
  zh: {
    'viewer.error.prepare': '模型文件 {file} 是有效的 glTF，但查看器未能把它准备好显示。',
    'viewer.error.memory': '模型文件 {file} 是有效的 glTF，但太大，这台设备的内存不够显示它。',
    'model.large': '大模型：{size}，下载和准备需要一些时间。',
  },
  en: {
    'viewer.error.prepare': 'The model file {file} is a valid glTF, but the viewer could not prepare it for display.',
    'viewer.error.memory': 'The model file {file} is a valid glTF, but it is too big for this device’s memory.',
    'model.large': 'Large model: {size}. Downloading and preparing it takes a while.',
  },
});
