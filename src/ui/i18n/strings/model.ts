import { defineStrings } from '../define';

/** What the viewer says about a model beyond loading it: failures that are not the file's, and notes. */
export default defineStrings({
  zh: {
    'viewer.error.prepare': '模型文件 {file} 是有效的 glTF，但查看器未能把它准备好显示。',
    'viewer.error.memory': '模型文件 {file} 是有效的 glTF，但太大，这台设备的内存不够显示它。',
    'model.nothingToShow': '这个模型文件有效，但里面没有可显示的内容（没有网格）。',
    'model.large': '大模型：{size}，下载和准备需要一些时间。',
    'model.collision.building': '正在根据模型表面计算地面与碰撞…{percent}%',
    'model.collision.approximate': '碰撞为近似：此模型没有 floor/collision 节点，地面和墙体由模型表面推算。',
  },
  en: {
    'viewer.error.prepare': 'The model file {file} is a valid glTF, but the viewer could not prepare it for display.',
    'viewer.error.memory': 'The model file {file} is a valid glTF, but it is too big for this device’s memory.',
    'model.nothingToShow': 'This model file is valid but has nothing to show (it contains no meshes).',
    'model.large': 'Large model: {size}. Downloading and preparing it takes a while.',
    'model.collision.building': 'Working out floors and collision from the model’s surfaces… {percent}%',
    'model.collision.approximate': 'Collision is approximate: this model has no floor/collision nodes, so floors and walls are guessed from its surfaces.',
  },
});
