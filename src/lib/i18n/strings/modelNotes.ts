import { defineStrings } from '../define';

/** The notes about a loaded model (loaded with the notes panel, not with the viewer). */
export default defineStrings({
  zh: {
    'model.nothingToShow': '这个模型文件有效，但里面没有可显示的内容（没有网格）。',
    'model.collision.building': '正在根据模型表面计算地面与碰撞…{percent}%',
    'model.collision.approximate': '碰撞为近似：此模型没有 floor/collision 节点，地面和墙体由模型表面推算。',
  },
  en: {
    'model.nothingToShow': 'This model file is valid but has nothing to show (it contains no meshes).',
    'model.collision.building': 'Working out floors and collision from the model’s surfaces… {percent}%',
    'model.collision.approximate': 'Collision is approximate: this model has no floor/collision nodes, so floors and walls are guessed from its surfaces.',
  },
});
